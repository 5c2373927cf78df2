import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/domain/languages.js';
import { FaqTopicIdSchema } from '../../src/core/knowledge/schema.js';
import {
  checkUtterances,
  type LabelledUtterance,
  normaliseUtterance,
  RuleIntentSchema,
  type UtteranceFile,
  UtteranceFileSchema,
} from '../../src/core/matcher/utterances.js';

const intentsDir = fileURLToPath(new URL('../../intents/', import.meta.url));
const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const devPath = join(repoDir, 'eval', 'dev.jsonl');
const paraphrasePath = fileURLToPath(new URL('../fixtures/paraphrases.jsonl', import.meta.url));

/** Minimum utterances per rules intent, and per FAQ topic. */
const MIN_PER_INTENT: Record<string, number> = {
  remix: 60,
  license: 40,
  grant: 60,
  permission: 60,
  choose: 40,
  compare: 40,
  help: 40,
  unknown: 60,
};
const MIN_PER_TOPIC = 20;

/** The folders beside the English files: the lexicons and each other language's utterances. */
const NOT_ENGLISH = new Set(['lexicon', ...LANGUAGES.filter((l) => l !== 'en')]);

function listJson(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return skip.has(name) ? [] : listJson(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

interface LoadedFile {
  path: string;
  file: UtteranceFile;
}

function loadFiles(dir = intentsDir, skip = NOT_ENGLISH): LoadedFile[] {
  return listJson(dir, skip).map((path) => {
    const parsed = UtteranceFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
    return { path, file: parsed.data };
  });
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const loaded = loadFiles();
const labelled: LabelledUtterance[] = checkUtterances(loaded.map((l) => l.file));

function countBy(items: LabelledUtterance[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { label } of items) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

describe('other languages mirror intents/', () => {
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const dir = join(intentsDir, language, '/');
    const files = loadFiles(dir, new Set());
    const own = checkUtterances(files.map((l) => l.file));

    it(`${language}: a file for every rules intent and FAQ topic, where its label says`, () => {
      for (const { path, file } of files) {
        const rel = path.slice(dir.length).replace(/\\/g, '/');
        expect(rel).toBe(file.intent === 'faq' ? `faq/${file.topic}.json` : `${file.intent}.json`);
      }
      const labels = new Set(own.map((u) => u.label));
      for (const label of [...RuleIntentSchema.options, ...FaqTopicIdSchema.options.map((t) => `faq:${t}`)])
        expect(labels.has(label as never), label).toBe(true);
    });

    it(`${language}: copies no question of eval/${language}-dev.jsonl`, () => {
      const training = new Set(own.map((u) => normaliseUtterance(u.text)));
      const dev = readJsonl(join(repoDir, 'eval', `${language}-dev.jsonl`));
      expect(dev.map((row) => String(row.q)).filter((q) => training.has(normaliseUtterance(q)))).toEqual([]);
    });
  }
});

describe('intents/ utterance files', () => {
  it('every file matches its schema and sits where its label says', () => {
    expect(loaded.length).toBeGreaterThan(0);
    for (const { path, file } of loaded) {
      const rel = path.slice(intentsDir.length).replace(/\\/g, '/');
      if (file.intent === 'faq') expect(rel).toBe(`faq/${file.topic}.json`);
      else expect(rel).toBe(`${file.intent}.json`);
    }
  });

  it('has every rules intent with a minimum number of utterances', () => {
    const counts = countBy(labelled);
    for (const intent of RuleIntentSchema.options) {
      expect(counts.get(intent) ?? 0, intent).toBeGreaterThanOrEqual(MIN_PER_INTENT[intent] ?? 40);
    }
  });

  it('has all 21 FAQ topics with a minimum number of utterances', () => {
    const counts = countBy(labelled);
    expect(FaqTopicIdSchema.options).toHaveLength(21);
    for (const topic of FaqTopicIdSchema.options) {
      expect(counts.get(`faq:${topic}`) ?? 0, topic).toBeGreaterThanOrEqual(MIN_PER_TOPIC);
    }
  });

  it('has no label outside the known intents and topics', () => {
    const known = new Set<string>([...RuleIntentSchema.options, ...FaqTopicIdSchema.options.map((t) => `faq:${t}`)]);
    for (const { label } of labelled) expect(known.has(label), label).toBe(true);
  });

  it('copies no question of the evaluation set (dev.jsonl)', () => {
    const training = new Set(labelled.map((u) => normaliseUtterance(u.text)));
    const dev = readJsonl(devPath);
    expect(dev.length).toBeGreaterThan(0);
    const copied = dev.map((row) => String(row.q)).filter((q) => training.has(normaliseUtterance(q)));
    expect(copied).toEqual([]);
  });

  it('keeps the held-out paraphrases apart from training and dev questions', () => {
    const training = new Set(labelled.map((u) => normaliseUtterance(u.text)));
    const dev = new Set(readJsonl(devPath).map((row) => normaliseUtterance(String(row.q))));
    const rows = readJsonl(paraphrasePath);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const seen = new Set<string>();
    for (const row of rows) {
      const q = normaliseUtterance(String(row.q));
      expect(training.has(q), `in training: ${row.q}`).toBe(false);
      expect(dev.has(q), `in dev.jsonl: ${row.q}`).toBe(false);
      expect(seen.has(q), `twice: ${row.q}`).toBe(false);
      seen.add(q);
    }
  });
});

describe('paraphrases.jsonl', () => {
  const rows = readJsonl(paraphrasePath);
  const intents = new Set<string>([...RuleIntentSchema.options, 'faq']);
  const topics = new Set<string>(FaqTopicIdSchema.options);
  const verdicts: Record<string, string[]> = {
    remix: ['compatible', 'cannot-share', 'incompatible', 'separable'],
    grant: ['yes', 'no', 'not-stated', 'auto-licensing', 'n/a'],
    permission: ['yes', 'no'],
  };

  it('uses the fields and values of dev.jsonl', () => {
    const allowed = new Set(['cat', 'q', 'intent', 'faq', 'verdict', 'result', 'licenses', 'alt']);
    for (const row of rows) {
      for (const key of Object.keys(row)) expect(allowed.has(key), `${key} in ${row.q}`).toBe(true);
      expect(typeof row.q).toBe('string');
      expect(intents.has(String(row.intent)), String(row.q)).toBe(true);
      expect(row.cat).toBe(row.intent);
      if (row.intent === 'faq') expect(topics.has(String(row.faq)), String(row.q)).toBe(true);
      else expect(row.faq, String(row.q)).toBeUndefined();
      const allowedVerdicts = verdicts[String(row.intent)];
      if (allowedVerdicts) expect(allowedVerdicts, String(row.q)).toContain(row.verdict);
      else expect(row.verdict, String(row.q)).toBeUndefined();
      if (row.intent === 'choose') expect(typeof row.result).toBe('string');
      if (row.intent === 'remix') {
        if (row.verdict === 'compatible') expect(typeof row.result, String(row.q)).toBe('string');
        else expect(row.result, String(row.q)).toBeNull();
      }
      if (row.licenses !== undefined) {
        expect(Array.isArray(row.licenses)).toBe(true);
        for (const id of row.licenses as unknown[]) expect(String(id)).not.toMatch(/^MG.*-2\.0$/i);
      }
      if (row.intent === 'compare') expect(row.licenses, String(row.q)).toHaveLength(2);
      if (row.intent === 'license') expect(row.licenses, String(row.q)).toHaveLength(1);
    }
  });

  it('covers every category of dev.jsonl and every FAQ topic', () => {
    const cats = new Set(rows.map((r) => String(r.cat)));
    for (const intent of intents) expect(cats.has(intent), intent).toBe(true);
    const faqs = new Set(rows.filter((r) => r.intent === 'faq').map((r) => String(r.faq)));
    for (const topic of topics) expect(faqs.has(topic), topic).toBe(true);
  });
});

describe('checkUtterances', () => {
  const remix: UtteranceFile = { intent: 'remix', utterances: ['merge MG0 with MG-BY', 'average two MG-BY models'] };
  const rules: UtteranceFile = { intent: 'faq', topic: 'remix-rules', utterances: ['how does remixing work'] };

  it('returns labelled utterances, faq files as faq:<topic>', () => {
    expect(checkUtterances([remix, rules])).toEqual([
      { text: 'merge MG0 with MG-BY', label: 'remix' },
      { text: 'average two MG-BY models', label: 'remix' },
      { text: 'how does remixing work', label: 'faq:remix-rules' },
    ]);
  });

  it('throws on the same utterance under two labels, naming both labels and the utterance', () => {
    const clash: UtteranceFile = { intent: 'faq', topic: 'remix-rules', utterances: ['  Merge mg0   with MG-BY?! '] };
    expect(() => checkUtterances([remix, clash])).toThrow(/remix.*faq:remix-rules/);
    expect(() => checkUtterances([remix, clash])).toThrow(/Merge mg0 {3}with MG-BY/);
  });

  it('throws on the same utterance twice under one label', () => {
    const twice: UtteranceFile = { intent: 'help', utterances: ['hello there', 'Hello there!'] };
    expect(() => checkUtterances([twice])).toThrow(/twice under "help"/);
  });

  it('throws on an unknown FAQ topic id', () => {
    const bad = { intent: 'faq', topic: 'not-a-topic', utterances: ['what is this'] } as unknown as UtteranceFile;
    expect(() => checkUtterances([remix, bad])).toThrow(/not-a-topic/);
  });

  it('throws on an unknown intent and on an empty utterance', () => {
    const badIntent = { intent: 'weather', utterances: ['is it sunny'] } as unknown as UtteranceFile;
    expect(() => checkUtterances([badIntent])).toThrow(/invalid/);
    const empty: UtteranceFile = { intent: 'unknown', utterances: ['   '] };
    expect(() => checkUtterances([empty])).toThrow(/invalid/);
  });

  it('normalises case, whitespace and trailing punctuation only', () => {
    expect(normaliseUtterance('  Can I   merge\tMG0?? ')).toBe('can i merge mg0');
    expect(normaliseUtterance('MG-BY-NC-2.0.')).toBe('mg-by-nc-2.0');
    expect(normaliseUtterance('is mg0 ok?')).not.toBe(normaliseUtterance('is mg0 ok now?'));
  });
});
