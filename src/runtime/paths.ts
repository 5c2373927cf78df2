import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, whether this runs from src/ (tests) or dist/ (the installed command). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
