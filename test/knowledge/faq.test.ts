import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FaqFileSchema, type FaqTopic, FaqTopicIdSchema } from '../../src/core/knowledge/schema.js';

const faq = FaqFileSchema.parse(JSON.parse(readFileSync(new URL('../../data/faq.json', import.meta.url), 'utf8')));
/**
 * The FAQ text the project started from is not ours to copy, so the repository keeps only a short hash of
 * each of its 8-word runs (test/fixtures/faq-source-runs.json): enough to tell whether an answer copies it.
 * To refresh them from a new copy of the text:
 * `MODELGO_FAQ_SOURCE=<path to the FAQ text> npx vitest run test/knowledge/faq.test.ts -u`.
 */
const RUNS_FIXTURE = '../fixtures/faq-source-runs.json';
const sourceRuns: Record<'joined' | 'gap', string[]> = JSON.parse(readFileSync(new URL(RUNS_FIXTURE, import.meta.url), 'utf8'));
const RUN = 8;

const byId = new Map(faq.topics.map((t) => [t.id, t]));
function topic(id: string): FaqTopic {
  const t = byId.get(id as FaqTopic['id']);
  if (!t) throw new Error(`missing topic ${id}`);
  return t;
}

/**
 * The facts each answer must carry (from shared/faq-topics.md and reference/modelgo-facts.md), as
 * case-insensitive phrases. `y2025` applies to `answer2025` and is required when given.
 */
const REQUIRED: Record<FaqTopic['id'], { y2024: string[]; y2025?: string[] }> = {
  purpose: {
    y2024: [
      'deep-learning',
      'intellectual property',
      'BY (Attribution)',
      'NC (NonCommercial)',
      'ND (NoDerivatives)',
      'OS (OpenSource)',
      'RAI (ResponsibleAI)',
      'MG0',
      'nine',
    ],
    y2025: ['SA (ShareAlike)', 'OS (OpenSource)', 'RAI (ResponsibleAI)', 'MG0', 'eight', 'MG-BY-SA'],
  },
  'why-not-llama-gemma': { y2024: ['proprietary', 'Meta', 'Google', 'copyright', 'built on', 'attribution'] },
  'why-not-oss': { y2024: ['Apache', 'MIT', 'GPL', 'Model', 'Output', 'derivative', 'knowledge', 'distillation', 'mixture-of-experts', 'control'] },
  'why-not-cc': { y2024: ['Creative Commons', 'articles', 'pictures', 'music', 'models'] },
  'vs-openrail': {
    y2024: ['Apache-2.0', 'use restrictions', 'optional', '(NC)', '(ND)', '(OS)', 'MG-BY-RAI', 'roughly', 'revocable', 'reuses none'],
    y2025: ['Apache-2.0', 'optional', '(NC)', '(ND)', '(SA', 'MG-BY-RAI', 'revocable', 'reuses none'],
  },
  'vs-ai2-impact': { y2024: ['AI2', 'Derivative Impact Report', 'Medium Risk', 'verbatim', 'derivatives', 'reverse', 'ND', 'GPL-3.0', 'revoked'] },
  scope: {
    y2024: ['Model', 'Licensed Materials', 'Derivative Materials', 'Output', 'code and scripts', 'MG-BY-ND-2.0', 'verbatim', 'Datasets'],
    y2025: ['Licensed Materials', 'Derivative Materials', 'Output', 'MG-BY-ND-2.0', 'verbatim', 'dataset', 'Extracted Models'],
  },
  datasets: {
    y2024: ['No.', 'third-party', 'system libraries', 'datasets', 'OS', 'training', 'privacy'],
    y2025: ['No.', 'system libraries', 'MG-BY-SA', 'training data'],
  },
  v1: {
    y2024: ['V1', 'V2', 'remix', 'copyright', 'derivatives'],
    y2025: ['V1', 'V2', 'copyright', 'May 2025', 'eight', 'MG-BY-SA'],
  },
  'output-sharing': {
    y2024: ['ND', 'MG-BY-NC-ND', 'no copyright', 'AI-generated', '2.4'],
    y2025: ['ND', 'dataset', 'notice', '2.2'],
  },
  'output-attribution': {
    y2024: ['No.', 'BY', 'derivatives', 'AI-generated'],
    y2025: ['depends', 'dataset', 'provenance', '2.2'],
  },
  'revocable-sublicensable': {
    y2024: [
      'auto licensing',
      'irrevocable',
      'trademark',
      'Not Stated',
      'implicitly revocable',
      'original licensor',
      'MG-BY-RAI: Yes / Yes',
      'MG0, MG-BY, MG-BY-OS: No / Yes',
      'MG-BY-NC-OS: No / Auto Licensing',
      'MG-BY-NC, -NC-RAI, -ND, -NC-ND: Yes / Auto Licensing',
    ],
    y2025: [
      'auto licensing',
      'irrevocable',
      'trademark',
      'Not Stated',
      'MG0, MG-BY: No / Yes',
      'MG-BY-SA: No / No',
      'MG-BY-RAI: Yes / No',
      'MG-BY-NC, -NC-RAI, -ND, -NC-ND: Yes / No',
    ],
  },
  osi: {
    y2024: ['No.', 'OSI', 'open', 'MG-BY-OS-2.0', 'MG-BY-NC-OS-2.0', 'dataset'],
    y2025: ['OSI', 'MG-BY-SA', 'open', 'training data'],
  },
  'os-copyleft': {
    y2024: ['No,', 'derived', 'copyleft', 'same license', 'irrevocable', 'GPL-3.0', 'MG-BY-OS-2.0', 'MG-BY-NC-OS-2.0'],
    y2025: ['No,', 'derivatives', 'MG-BY-SA', 'same license', 'irrevocable', 'GPL-3.0'],
  },
  'more-options': { y2024: ['Possibly', 'simple', 'conflicts'] },
  'reuse-license-text': {
    y2024: ['Yes.', 'modification section', 'readable notice', 'standard', 'Section 8'],
    y2025: ['Yes.', 'Section 6', 'readable notice', '"ModelGo"', 'standard'],
  },
  'model-sheet': {
    y2024: ['No.', 'summary', 'terms and conditions', 'license text'],
    y2025: ['No.', 'summary', 'terms and conditions', 'license text', 'separate'],
  },
  'remix-rules': {
    y2024: [
      'separable',
      'voting',
      'stacking',
      'MoE',
      'pipeline',
      'weight averaging',
      'fusion',
      'layer concatenation',
      'compatibility table',
      'Permissive → Conditional → Stringent',
      '✅',
      '⚠️',
      '❌',
      'MG-BY-NC-OS',
      'MG-BY-ND',
    ],
    y2025: ['separable', 'MoE', 'weight averaging', 'Permissive → Conditional → Stringent', '✅', '⚠️', '❌', 'MG-BY-NC-RAI', 'MG-BY-SA + MG-BY-RAI'],
  },
  'rai-gpl': { y2024: ['RAI', 'GPL', 'LGPL', 'OpenRAIL', 'ImpACT', 'section 10', 'further restrictions'] },
  'no-os-rai': {
    y2024: ['GPL-3.0', 'section 10', 'discriminat', 'Greenbaum', '2015', 'MG-BY-OS-RAI'],
    y2025: ['GPL-3.0', 'section 10', 'discriminat', 'Greenbaum', 'MG-BY-SA-RAI'],
  },
  'how-to-apply': {
    y2024: ['LICENSE file', 'README', 'model card', 'declaration', 'Model Sheet', 'Optionally', '<ID>-2.0.txt'],
    y2025: ['LICENSE file', 'README', 'model card', 'declaration', 'Model Sheet', 'Optionally', 'v2/<ID>/LICENSE'],
  },
};

/** Topics whose answer changed in the 2025 revision and so must carry `answer2025`. */
const MUST_HAVE_2025 = ['output-sharing', 'output-attribution', 'osi'];

/** Lower-case, strip punctuation, split into words. `gap` turns punctuation into a word break instead. */
function words(text: string, gap: boolean): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}\s]/gu, gap ? ' ' : '')
    .split(/\s+/)
    .filter(Boolean);
}

function windows(ws: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

/** 48 bits of SHA-256: a chance collision between a few thousand runs is out of reach. */
const runHash = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 12);

/** The sorted, distinct hashes of a text's 8-word runs. */
function runHashes(text: string, gap: boolean): string[] {
  return [...new Set(windows(words(text, gap), RUN).map(runHash))].sort();
}

function answers(t: FaqTopic): Array<[string, string]> {
  return t.byEdition?.['2025'] === undefined
    ? [['answer', t.answer]]
    : [
        ['answer', t.answer],
        ['answer2025', t.byEdition['2025']],
      ];
}

describe('data/faq.json', () => {
  it('has every topic id from faq-topics.md exactly once', () => {
    const ids = faq.topics.map((t) => t.id);
    expect([...ids].sort()).toEqual([...FaqTopicIdSchema.options].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(21);
  });

  it('gives the revised answer where the 2025 revision changed it', () => {
    for (const id of MUST_HAVE_2025) expect(topic(id).byEdition?.['2025'], id).toBeDefined();
    for (const [id, req] of Object.entries(REQUIRED)) {
      expect(topic(id).byEdition?.['2025'] !== undefined, `${id}: answer2025 presence`).toBe(req.y2025 !== undefined);
    }
  });

  describe.each(Object.entries(REQUIRED))('%s', (id, req) => {
    it('carries the key facts', () => {
      const t = topic(id);
      const missing = req.y2024.filter((p) => !t.answer.toLowerCase().includes(p.toLowerCase()));
      expect(missing, `${id} answer`).toEqual([]);
      if (req.y2025) {
        const a = (t.byEdition?.['2025'] ?? '').toLowerCase();
        expect(
          req.y2025.filter((p) => !a.includes(p.toLowerCase())),
          `${id} answer2025`,
        ).toEqual([]);
      }
    });
  });

  it('keeps the 2024 answers to the nine Nov 2024 licenses', () => {
    for (const t of faq.topics) expect(t.answer, t.id).not.toMatch(/MG-BY-SA/);
  });

  it('keeps answers chat-sized plain text', () => {
    for (const t of faq.topics) {
      expect(t.title.length, t.id).toBeLessThanOrEqual(60);
      for (const [field, text] of answers(t)) {
        const where = `${t.id}.${field}`;
        expect(text.length, where).toBeLessThanOrEqual(920);
        expect(text, where).not.toMatch(/\*\*|__|^#|^\s*[-*] /m);
        expect(text, where).not.toMatch(/legal advice/i);
        expect(text, where).not.toMatch(/\n{3,}/);
        expect(text, where).toBe(text.trim());
      }
    }
  });

  it('names licenses by canonical MG id', () => {
    for (const t of faq.topics) {
      for (const id of t.licenses) expect(id, t.id).toMatch(/^MG(0|-BY(-[A-Z]+)*)-2\.0$/);
      expect(new Set(t.licenses).size, t.id).toBe(t.licenses.length);
    }
  });

  it.each([false, true])('copies no 8-word run from the FAQ text (punctuation as word break: %s)', (gap) => {
    const source = new Set(sourceRuns[gap ? 'gap' : 'joined']);
    expect(source.size).toBeGreaterThan(1000);
    const copied: string[] = [];
    for (const t of faq.topics) {
      for (const [field, text] of answers(t)) {
        for (const w of windows(words(text, gap), RUN)) if (source.has(runHash(w))) copied.push(`${t.id}.${field}: "${w}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it.runIf(process.env.MODELGO_FAQ_SOURCE)('keeps the runs of the FAQ text at $MODELGO_FAQ_SOURCE', async () => {
    const text = readFileSync(process.env.MODELGO_FAQ_SOURCE ?? '', 'utf8');
    const runs = { joined: runHashes(text, false), gap: runHashes(text, true) };
    await expect(`${JSON.stringify(runs, null, 0)}\n`).toMatchFileSnapshot(RUNS_FIXTURE);
  });
});
