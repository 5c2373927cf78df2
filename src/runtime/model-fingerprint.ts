import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { projectRoot } from './paths.js';

/**
 * The cached intent model is reused only while everything that shapes it is unchanged: the training
 * code and every module it imports, the utterances under intents/, the license data (ids are masked
 * using it) and the installed `natural`. The code is found by following imports, so a new module the
 * matcher comes to depend on is covered without anyone listing it.
 */

/** Where training starts: the module that trains and caches the model. */
const TRAINING_ENTRY = join('src', 'runtime', 'intent-model.ts');

/** The `natural` the classifier, stemmer and tokenizer come from. */
export const NATURAL_VERSION: string = createRequire(import.meta.url)('natural/package.json').version;

/**
 * Relative imports and re-exports, including multi-line ones. A statement that imports only types is
 * erased by the compiler, so it cannot change the model.
 */
const RELATIVE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/gm;

/**
 * The TypeScript sources reachable from `entry` through relative imports, sorted. The sources and not
 * the compiled files, so tests (run from src/) and the command (run from dist/) agree.
 */
export function sourceClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, target] of (tryRead(file) ?? '').matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), target!.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return [...seen].sort();
}

/** Every file under `dir`, at any depth, sorted. */
function filesUnder(dir: string): string[] {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return names
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** Changes whenever the model trained from the checkout at `root` could differ. */
export function modelFingerprint(root = projectRoot, naturalVersion = NATURAL_VERSION): string {
  const inputs = [...sourceClosure(join(root, TRAINING_ENTRY)), ...filesUnder(join(root, 'intents')), ...filesUnder(join(root, 'data'))];
  const hash = createHash('sha256').update(`natural@${naturalVersion}\0`);
  // Paths as well as contents, so moving or renaming an input counts as a change.
  for (const file of inputs) hash.update(`${relative(root, file)}\0${tryRead(file) ?? '(missing)'}\0`);
  return hash.digest('hex');
}

function tryRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
