import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/answer.js';
import { LANGUAGES } from '../../src/core/domain/languages.js';
import { detectLanguage } from '../../src/core/understanding/detect-language.js';
import { compileLexicon } from '../../src/core/understanding/lexicon.js';
import { readingText } from '../../src/core/understanding/reading-text.js';
import { ConfigError, loadConfig } from '../../src/runtime/config.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { DataError } from '../../src/runtime/load-knowledge.js';
import { loadLexicons } from '../../src/runtime/load-lexicons.js';
import { projectRoot } from '../../src/runtime/paths.js';

const bot = createBot('2024');
const englishOnly = createBot('2024', ['en']);
const lines = (file: string) =>
  readFileSync(join(projectRoot, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('language detection', () => {
  const fixture: Array<{ text: string; language: string | null }> = lines('test/fixtures/language-detection.jsonl');

  it('is right on at least 95% of the short chat messages of the fixture', () => {
    const right = fixture.filter((l) => (detectLanguage(l.text) ?? null) === l.language).length;
    expect(right / fixture.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reads Han as Chinese, simplified or traditional, and ¿ ñ or function words as Spanish', () => {
    expect(detectLanguage('许可证可以撤销吗')).toBe('zh');
    expect(detectLanguage('許可證可以撤銷嗎')).toBe('zh');
    expect(detectLanguage('¿y en 2025?')).toBe('es');
    expect(detectLanguage('puedo usar el modelo para la empresa')).toBe('es');
    expect(detectLanguage('can I use the model for my company')).toBe('en');
  });

  it('leaves ids, Slack markup, links and code out, and says nothing of a message too short to tell', () => {
    expect(detectLanguage('MG-BY-NC-ND vs MG0?')).toBeUndefined();
    expect(detectLanguage('<@U0123ABC> <#C01|general> https://example.com/es/que `que es`')).toBeUndefined();
    expect(detectLanguage('2025')).toBeUndefined();
  });

  it('calls another language other', () => {
    expect(detectLanguage('このモデルを商用利用できますか')).toBe('other');
    expect(detectLanguage('Kann ich das Modell kommerziell nutzen und weitergeben?')).toBe('other');
  });

  it('never reads an English question of the eval sets as Spanish or Chinese', () => {
    const english = ['eval/dev.jsonl', 'eval/heldout-a.jsonl', 'eval/heldout-b.jsonl', 'test/fixtures/paraphrases.jsonl'].flatMap((f) =>
      lines(f).map((l) => l.q as string),
    );
    expect(english.filter((q) => ['es', 'zh'].includes(detectLanguage(q) ?? ''))).toEqual([]);
  });
});

describe('lexicons', () => {
  const minimal = { language: 'es', segmentation: 'words', phrases: { fusionar: 'merge' } };

  it('loads one lexicon for each language but English', () => {
    expect(Object.keys(loadLexicons()).sort()).toEqual(LANGUAGES.filter((l) => l !== 'en').sort());
  });

  it('names the problem of an invalid lexicon', () => {
    expect(() => compileLexicon({ ...minimal, phrases: { fusionar: 'fusión' } })).toThrow(/phrases\.fusionar: must be plain English/);
    expect(() => compileLexicon({ ...minimal, polarity: [{ pattern: '(', front: 'can i' }] })).toThrow(
      /polarity\.0\.pattern: must be a valid regular expression/,
    );
    expect(() => compileLexicon({ ...minimal, language: 'fr' })).toThrow(/language/);
    expect(() => compileLexicon({ ...minimal, extra: 1 })).toThrow(/extra/);
    expect(() => compileLexicon({ ...minimal, characters: { ó: 'o' }, phrases: { fusión: 'merge', fusion: 'fuse' } })).toThrow(
      /folds to "fusion", which already reads as "merge"/,
    );
  });

  it('stops loading with the file name when a lexicon is missing', () => {
    expect(() => loadLexicons(join(projectRoot, 'no-such-folder'))).toThrow(DataError);
    expect(() => loadLexicons(join(projectRoot, 'no-such-folder'))).toThrow(/zh\.json/);
  });

  it('keeps license ids as written and reads the rest longest phrase first', () => {
    const es = compileLexicon({ ...minimal, characters: { á: 'a' }, phrases: { fusionar: 'merge', 'fusionar los pesos': 'average the weights', os: 'you' } });
    const text = '¿Fusionar los pesos de MG-BY-OS?';
    const at = text.indexOf('MG-BY-OS');
    expect(readingText(text, es, [{ start: at, end: at + 8 }])).toBe('¿ average the weights de MG-BY-OS ?');
    const zh = compileLexicon({ language: 'zh', segmentation: 'characters', phrases: { 合并: 'merge', 合并后: 'after merging' } });
    expect(readingText('合并后的天气预报', zh)).toMatch(/^after merging \S+/);
  });
});

describe('Chinese and Spanish questions of every intent', () => {
  for (const file of ['eval/zh-dev.jsonl', 'eval/es-dev.jsonl']) {
    const language = file.includes('zh') ? 'zh' : 'es';
    it.each(lines(file).map((l) => [l.q, l]))(`%s (${language})`, (q, label) => {
      const a = bot.ask(q as string);
      expect(a.language).toBe(language);
      expect(a.intent).toBe(label.intent);
      for (const field of ['verdict', 'result', 'faq', 'term'] as const) if (field in label) expect(a[field]).toBe(label[field]);
    });
  }

  it('answers as the English question does', () => {
    for (const [native, english] of [
      ['合并 MG-BY-NC 和 MG-BY-OS 可以吗？', 'can I merge MG-BY-NC with MG-BY-OS?'],
      ['¿puedo fusionar un modelo MG-BY-NC con uno MG-BY-OS?', 'can I merge MG-BY-NC with MG-BY-OS?'],
    ] as const) {
      const [a, b] = [bot.ask(native), bot.ask(english)];
      expect([a.intent, a.verdict, a.result, a.licenses]).toEqual([b.intent, b.verdict, b.result, b.licenses]);
      expect(b.language).toBe('en');
    }
  });
});

describe('a conversation keeps its language', () => {
  let next = 0;
  const conversation = (): ((q: string) => Answer) => {
    const id = `lang-${next++}`;
    return (q) => bot.ask(q, { conversation: id });
  };
  const summary = (a: Answer) => [a.language, a.intent, a.verdict, a.result, a.edition];

  it('in Chinese: remix, "and in 2025?", grant, chooser, FAQ', () => {
    const say = conversation();
    expect(summary(say('合并 MG-BY-NC 和 MG-BY-ND 可以吗？'))).toEqual(['zh', 'remix', 'cannot-share', null, '2024']);
    expect(summary(say('那 2025 版呢？'))).toEqual(['zh', 'remix', 'cannot-share', null, '2025']);
    expect(summary(say('MG-BY-NC 可以撤销吗'))).toEqual(['zh', 'grant', 'yes', null, '2024']);
    const chosen = say('我想要一个不允许商用的许可证，推荐哪个');
    expect([chosen.language, chosen.intent, chosen.result]).toEqual(['zh', 'choose', 'MG-BY-NC-2.0']);
    const faq = say('ModelGo 许可证适用于数据集吗');
    expect([faq.language, faq.intent, faq.faq]).toEqual(['zh', 'faq', 'datasets']);
  });

  it('in Spanish: remix, "and in 2025?", grant, chooser, FAQ', () => {
    const say = conversation();
    expect(summary(say('¿puedo fusionar MG-BY-NC con MG-BY-ND?'))).toEqual(['es', 'remix', 'cannot-share', null, '2024']);
    expect(summary(say('¿y en 2025?'))).toEqual(['es', 'remix', 'cannot-share', null, '2025']);
    expect(summary(say('¿MG-BY-NC es revocable?'))).toEqual(['es', 'grant', 'yes', null, '2024']);
    const chosen = say('¿qué licencia elijo si no quiero uso comercial?');
    expect([chosen.language, chosen.intent, chosen.result]).toEqual(['es', 'choose', 'MG-BY-NC-2.0']);
    const faq = say('¿las licencias ModelGo se aplican a los conjuntos de datos?');
    expect([faq.language, faq.intent, faq.faq]).toEqual(['es', 'faq', 'datasets']);
  });

  it('"why?" and "what about X?" follow in the conversation\'s language', () => {
    for (const [first, why, swap] of [
      ['MG-BY-NC 可以撤销吗', '为什么？', '那 MG-BY 呢？'],
      ['¿MG-BY-NC es revocable?', '¿por qué?', '¿y MG-BY?'],
    ] as const) {
      const say = conversation();
      const a = say(first);
      const b = say(why);
      expect([b.language, b.intent, b.text]).toEqual([a.language, 'grant', a.details]);
      expect(summary(say(swap))).toEqual([a.language, 'grant', 'no', null, '2024']);
    }
  });
});

describe('MODELGO_LANGUAGES', () => {
  it('defaults to every language and stops start-up on an invalid value with the variable and the fix', () => {
    expect(loadConfig('cli', {}).MODELGO_LANGUAGES).toEqual([...LANGUAGES]);
    expect(loadConfig('cli', { MODELGO_LANGUAGES: 'en, es' }).MODELGO_LANGUAGES).toEqual(['en', 'es']);
    expect(() => loadConfig('cli', { MODELGO_LANGUAGES: 'en,fr' })).toThrow(ConfigError);
    expect(() => loadConfig('cli', { MODELGO_LANGUAGES: 'en,fr' })).toThrow(/^MODELGO_LANGUAGES is invalid .*MODELGO_LANGUAGES=en,zh,es$/);
  });

  it('reports a language that is not enabled as other', () => {
    const other = englishOnly.ask('MG-BY-NC 可以撤销吗');
    expect([other.readIn, other.language]).toEqual(['other', 'en']);
    expect(other.text).toMatch(/I understand English, Chinese \(中文\) and Spanish \(español\)/);
    expect(englishOnly.ask('is MG-BY-NC revocable?').readIn).toBe('en');
  });
});
