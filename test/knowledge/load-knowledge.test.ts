import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, loadKnowledge } from '../../src/runtime/load-knowledge.js';
import { projectRoot } from '../../src/runtime/paths.js';

/** A copy of data/ with one file changed by `edit`. */
function brokenData(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelgo-data-'));
  cpSync(join(projectRoot, 'data'), dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

describe('loading data/', () => {
  it('loads the real files', () => {
    const kb = loadKnowledge();
    expect(kb.licenses('2024')).toHaveLength(9);
    expect(kb.faqTopics).toHaveLength(21);
  });

  it.each([
    [
      'licenses-2024.json',
      (j: any) => {
        j.licenses[4].grant.revocable = 'maybe';
      },
      /licenses-2024\.json: entry licenses\[4\] \(MG-BY-NC-2\.0\)\.grant\.revocable: Invalid option/,
    ],
    [
      'licenses-2024.json',
      (j: any) => {
        delete j.licenses[0].sheet['commercial-output'];
      },
      /licenses-2024\.json: entry MG0-2\.0: sheet lacks row "commercial-output"/,
    ],
    [
      'licenses-2024.json',
      (j: any) => {
        j.licenses[1].id = 'MG-XX';
      },
      /licenses-2024\.json: entry licenses\[1\].*\.id: Invalid string/,
    ],
    [
      'other-licenses.json',
      (j: any) => {
        j.licenses[0].patent = { revocable: 'no' };
      },
      /other-licenses\.json: entry licenses\[0\] \(Apache-2\.0\)\.patent\.sublicensable/,
    ],
    [
      'faq.json',
      (j: any) => {
        j.topics[0].id = 'not-a-topic';
      },
      /faq\.json: entry topics\[0\] \(not-a-topic\)\.id: Invalid option/,
    ],
  ])('stops with one message naming the file, the entry and the problem (%s)', (file, edit, message) => {
    const dir = brokenData(file, edit);
    expect(() => loadKnowledge(dir)).toThrow(DataError);
    expect(() => loadKnowledge(dir)).toThrow(message);
  });

  it('reports a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgo-data-'));
    cpSync(join(projectRoot, 'data'), dir, { recursive: true });
    writeFileSync(join(dir, 'faq.json'), '{ "topics": [ ');
    expect(() => loadKnowledge(dir)).toThrow(/faq\.json: .*JSON/);
  });
});
