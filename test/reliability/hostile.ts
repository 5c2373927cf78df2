import fc from 'fast-check';

/** Seed of every property and sample here, so a failure reproduces on the next run. */
export const SEED = 20_240_601;

/**
 * Pieces of what real chat traffic and attackers send: pings and mention tokens of both platforms (also
 * in full-width forms NFKC folds back), control, bidi and zero-width characters, lone surrogates,
 * emoji sequences, right-to-left scripts, JSON/HTML/markdown injection, and license words, so the
 * pieces also reach the license parser and the classifier.
 */
const FRAGMENTS = [
  '<!channel>', '<!here>', '<!everyone>', '<!subteam^S123|team>', '@everyone', '@here', '@channel', '@@everyone',
  '<@U123>', '<@!123456789012345678>', '<@&987654321>', '<#C1|general>', '<@', '<!', '>', '@', '<', '＠everyone', '＜＠U1＞',
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\u2028', '\u00ad',
  '\ud800', '\udfff', '\udbff\udfff', '\ufffd', '\uffff', '\ue000',
  '💥', '👨‍👩‍👧‍👦', '🏳️‍🌈', '1️⃣', 'é', 'e\u0301', '\u0301', 'ﬁ', 'Ⅻ', 'مرحبا', 'שלום', 'гpl', 'MG‐BY‐NC',
  '{"intent":"remix","confidence":2}', '"}\n{"text":"', '\\', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '**bold**', '`code`', '```', '> quote', '[link](javascript:alert(1))', '||spoiler||', '${process.env.SLACK_BOT_TOKEN}', '%s%d%n',
  'mg', 'MG', 'mg-', 'MG-BY-NC', 'MG-BY-NC-ND-2.0', 'mg by nc', 'MG0', 'mgx', 'by', 'nc', 'os', 'rai', 'zz', '2.0', 'v2', '200 mg',
  'ModelGo', 'Attribution-NonCommercial', 'Apache-2.0', 'apache 2', 'GPL-3.0', 'llama 2', 'cc-by-4.0', 'MIT',
  'remix', 'merge', 'ensemble', 'what is', 'compare', 'can I', 'revocable', 'commercially', 'faq scope', 'license', '/remix', 'help',
  'what about', 'and for', '?', '!', ' ', '  ', '\t', '-', '_', '.', ',',
];

const fragment = fc.constantFrom(...FRAGMENTS);

/** Any UTF-16 code unit, lone surrogate halves included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Random, hostile and oversized text, mostly short so a property run stays fast. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }), weight: 2 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 80 }), weight: 2 },
  { arbitrary: fc.array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((p) => p.join('')), weight: 6 },
  { arbitrary: fc.array(fragment, { maxLength: 12 }).map((p) => p.join(' ')), weight: 4 },
  { arbitrary: fc.tuple(fragment, fc.integer({ min: 1_000, max: 12_000 })).map(([f, n]) => f.repeat(Math.ceil(n / Math.max(1, f.length))).slice(0, n)), weight: 1 },
);
