import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where answers are built from structured results: every sentence they show comes from a catalogue. */
const BUILDERS = ['src/core/answer', 'src/core/rules'];
const CATALOGUES = 'src/core/answer/messages';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(CATALOGUES));
}

/** String and template literals with two words in a row, comments left out: a sentence written in place. */
function sentences(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const literals = code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
  return literals.filter((l) => /\b[A-Za-z]{2,} [a-z]{2,}\b/.test(l.replace(/\$\{[^}]*\}/g, ' ')));
}

describe('the message catalogue', () => {
  it('holds every sentence the answer builders and rules show, so none is written in place', () => {
    const files = BUILDERS.flatMap(sources);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => sentences(f).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });

  it('finds a sentence written in place', () => {
    expect(sentences(`${CATALOGUES}/en.ts`).length).toBeGreaterThan(100);
  });
});
