import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { KnowledgeBase, type KnowledgeFiles } from '../core/knowledge/knowledge-base.js';
import { EditionFileSchema, FaqFileSchema, OtherLicensesFileSchema } from '../core/knowledge/schema.js';
import { groupConflicts, keyProblems, sentences, TranslationFileSchema, translateFiles } from '../core/knowledge/translation.js';
import { projectRoot } from './paths.js';

/** A data file that is missing, not JSON, or not of the expected shape. The message names all three. */
export class DataError extends Error {
  override name = 'DataError';
}

/** Reads and validates one JSON file; the error names the file, the entry and the problem. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  const shown = relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DataError(`${shown}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError(`${shown}: ${describeEntry(raw, issue.path)}: ${issue.message}`);
  }
  return parsed.data;
}

/** "licenses[4] (MG-BY-NC-2.0) → grant.revocable": the path, with the entry's id when it has one. */
function describeEntry(raw: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'top level';
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node !== null && typeof node === 'object' && 'id' in node ? String((node as { id: unknown }).id) : undefined;
    parts.push(typeof key === 'number' ? `[${key}]${id ? ` (${id})` : ''}` : `${parts.length ? '.' : ''}${String(key)}${id ? ` (${id})` : ''}`);
  }
  return `entry ${parts.join('')}`;
}

/** Every data file under `dir` (default: the project's data/), validated and cross-checked. */
export function loadKnowledge(dir = join(projectRoot, 'data')): KnowledgeBase {
  return new KnowledgeBase(readKnowledgeFiles(dir));
}

/**
 * The knowledge in another language: the English files with the sentences of `data/i18n/<language>.json`.
 * A translation that lacks a sentence, or has one the English files don't, stops start-up naming it.
 */
export function loadTranslatedKnowledge(files: KnowledgeFiles, language: string, dir = join(projectRoot, 'data')): KnowledgeBase {
  const file = join(dir, 'i18n', `${language}.json`);
  const translation = readJsonFile(file, TranslationFileSchema);
  const problems = [...keyProblems(sentences(files), translation), ...groupConflicts(files, translation)];
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new DataError(`${relative(process.cwd(), file) || file}: ${problems[0]}${more}`);
  }
  return new KnowledgeBase(translateFiles(files, translation));
}

export function readKnowledgeFiles(dir = join(projectRoot, 'data')): KnowledgeFiles {
  const editionFiles = readdirSync(dir)
    .filter((f) => /^licenses-\d{4}\.json$/.test(f))
    .sort();
  if (editionFiles.length === 0) throw new DataError(`${dir}: no licenses-<edition>.json file`);
  const editions = editionFiles.map((f) => {
    const data = readJsonFile(join(dir, f), EditionFileSchema);
    const rowIds = new Set(data.sheetRows.map((r) => r.id));
    for (const license of data.licenses) {
      const missing = [...rowIds].find((id) => !(id in license.sheet));
      const extra = Object.keys(license.sheet).find((id) => !rowIds.has(id));
      if (missing || extra) {
        throw new DataError(`${f}: entry ${license.id}: sheet ${missing ? `lacks row "${missing}"` : `has unknown row "${extra}"`}`);
      }
      if (license.edition !== data.edition) throw new DataError(`${f}: entry ${license.id}: edition ${license.edition} in the ${data.edition} file`);
    }
    return data;
  });
  return {
    editions,
    others: readJsonFile(join(dir, 'other-licenses.json'), OtherLicensesFileSchema),
    faq: readJsonFile(join(dir, 'faq.json'), FaqFileSchema),
  };
}
