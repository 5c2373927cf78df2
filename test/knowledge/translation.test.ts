import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/core/knowledge/translation.js';
import { DataError, loadTranslatedKnowledge, readKnowledgeFiles } from '../../src/runtime/load-knowledge.js';
import { projectRoot } from '../../src/runtime/paths.js';

/** A data folder holding the project's files and one translation. */
function dataWith(translation: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-i18n-'));
  for (const f of readdirSync(join(projectRoot, 'data'))) if (f.endsWith('.json')) copyFileSync(join(projectRoot, 'data', f), join(dir, f));
  mkdirSync(join(dir, 'i18n'));
  writeFileSync(join(dir, 'i18n', 'xx.json'), JSON.stringify(translation));
  return dir;
}

describe('translated knowledge', () => {
  const files = readKnowledgeFiles();

  it('replaces the sentences and keeps every fact', () => {
    const t = sentences(files);
    t.faq.purpose!.answer = 'Translated purpose.';
    t.editions['2024']!.licenses['MG-BY-NC-2.0']!.summary = 'Translated summary.';
    for (const e of Object.values(t.editions)) for (const l of Object.values(e.licenses)) if (l.group === 'Stringent') l.group = 'Strenge';
    const kb = loadTranslatedKnowledge(files, 'xx', dataWith(t));
    expect(kb.faq('purpose').answer).toBe('Translated purpose.');
    const nc = kb.mgLicense('MG-BY-NC-2.0', '2024')!;
    expect([nc.summary, kb.groupName(nc.group), nc.group]).toEqual(['Translated summary.', 'Strenge', 'Stringent']);
    expect(nc.sheet).toEqual(files.editions[0]!.licenses.find((l) => l.id === 'MG-BY-NC-2.0')!.sheet);
  });

  it('stops start-up on a missing sentence, naming it', () => {
    const t = sentences(files);
    delete (t.editions['2025']!.clauses as Record<string, unknown>)['extracted-model'];
    expect(() => loadTranslatedKnowledge(files, 'xx', dataWith(t))).toThrow(DataError);
    expect(() => loadTranslatedKnowledge(files, 'xx', dataWith(t))).toThrow(/editions\.2025\.clauses\.extracted-model: missing/);
  });

  it('stops start-up when licenses of one group name it differently', () => {
    const t = sentences(files);
    t.editions['2024']!.licenses['MG-BY-NC-2.0']!.group = 'Strenge';
    expect(() => loadTranslatedKnowledge(files, 'xx', dataWith(t))).toThrow(/licenses\.MG-BY-[A-Z-]+2\.0\.group: .*other Stringent licenses say/);
  });

  it('stops start-up on a sentence the English data does not have', () => {
    const t = sentences(files) as unknown as { faq: Record<string, unknown> };
    t.faq['no-such-topic'] = { question: 'q', title: 't', answer: 'a' };
    expect(() => loadTranslatedKnowledge(files, 'xx', dataWith(t))).toThrow(/faq\.no-such-topic: not in the English data/);
  });
});
