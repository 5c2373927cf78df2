import { describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../src/core/matcher/conversation.js';
import { readEntities } from '../../src/core/matcher/entities.js';
import { sanitize } from '../../src/core/matcher/sanitize.js';
import type { Understanding } from '../../src/core/matcher/understanding.js';
import { kb } from '../helpers.js';

const read = (q: string) => readEntities(q.toLowerCase(), kb);

describe('remix method', () => {
  it.each([
    ['can I merge MG-BY-NC with MG-BY-OS?', 'merge'],
    ['weight averaging between two checkpoints', 'average'],
    ['a model soup of both', 'average'],
    ['what license does a fusion of MG0 and MG-BY-NC-RAI get', 'fuse'],
    ['concatenate their layers', 'concat'],
    ['distil both teachers into one student', 'distill'],
    ['an ensemble that votes between the two', 'vote'],
    ['Is a MoE router over an MG-BY-NC expert and an MG0 expert a problem?', 'moe'],
    ['mixture of experts', 'moe'],
    ['mixing mg-by-nc-nd and mg0', 'merge'],
    ['chain them in a pipeline', 'pipeline'],
    ['stacking classifier on top of both', 'stack'],
  ])('%s → %s', (q, method) => expect(read(q).method).toBe(method));
});

describe('permission action', () => {
  it.each([
    ['Can I use MG-BY-NC-ND models for commercial purposes?', 'commercial-model'],
    ['can I share a fine-tuned MG-BY-NC model?', 'share-derivatives'],
    ['Do I have to open source my changes to an MG-BY-NC-OS model when I distribute them?', 'disclose-source'],
    ['Must I keep the attribution notice when I share an MG-BY model?', 'keep-attribution'],
    ['Does MG0 require me to disclose source code?', 'disclose-source'],
    ['can outputs of an MG-BY-ND model be shared?', 'share-output'],
    ['Is commercial use of outputs allowed under MG-BY-NC?', 'commercial-output'],
    ['are there use restrictions in MG-BY-RAI?', 'rai-restrictions'],
    ['do derivatives of MG-BY-OS have to use the same license?', 'same-license'],
    ['can I sell a fine-tuned MG-BY-ND model?', 'commercial-derivatives'],
    ['can I upload an unmodified copy of MG-BY-ND to my org?', 'share-verbatim'],
  ])('%s → %s', (q, action) => expect(read(q).action).toBe(action));
});

describe('grant aspect and right', () => {
  it('reads revocation, sublicensing and which right', () => {
    expect(read('Can Meta revoke the Llama license?')).toMatchObject({ aspect: 'revocable' });
    expect(read('Can GPL-3.0 patent rights be sublicensed?')).toMatchObject({ aspect: 'sublicensable', right: 'patent' });
    expect(read('is the copyright license irrevocable')).toMatchObject({ aspect: 'revocable', right: 'copyright' });
    expect(read('can they yank it')).toMatchObject({ aspect: 'revocable' });
  });
});

describe('chooser needs', () => {
  it.each([
    ['Which license should I use if I want no commercial use?', ['no-commercial']],
    ['I want the most permissive ModelGo license', ['no-conditions']],
    ['Which license makes derivatives stay open and prevents commercial use?', ['no-commercial', 'keep-open']],
    ['I want attribution only, nothing else', ['credit']],
    ['what should I pick to keep my model proprietary, no modified versions shared?', ['no-derivatives']],
    ['Help me choose a license that prevents misuse of my model', ['prevent-misuse']],
  ])('%s', (q, needs) => expect(read(q).needs).toEqual(needs));
});

describe('edition', () => {
  it('reads an explicit edition, and none otherwise', () => {
    expect(read('is MG-BY-RAI sublicensable in the 2025 version?').edition).toBe('2025');
    expect(read('under the latest version of the texts').edition).toBe('2025');
    expect(read('in the Nov 2024 texts').edition).toBe('2024');
    expect(read('is MG-BY-RAI sublicensable?').edition).toBeUndefined();
  });
});

describe('sanitize', () => {
  it('drops pings, control and invisible characters', () => {
    expect(sanitize('<@U123> hey <!channel> @everyone is\u200b MG-BY\u0000 ok?')).toBe('hey is MG-BY ok?');
    expect(sanitize('  ＭＧ－ＢＹ  ')).toBe('MG-BY');
  });
  it('is idempotent', () => {
    const once = sanitize('<!here> a\u202e\tb  ');
    expect(sanitize(once)).toBe(once);
  });
});

describe('conversation memory', () => {
  const u = { question: 'q', language: 'en', intent: 'remix', confidence: 1, mentions: [], needs: [], alternatives: [] } as Understanding;
  it('forgets after the time limit and keeps a bounded number of conversations', () => {
    const memory = new ConversationMemory(2, 1000);
    memory.set('a', u, 0);
    expect(memory.get('a', 500)).toBe(u);
    expect(memory.get('a', 1501)).toBeUndefined();
    memory.set('a', u, 0);
    memory.set('b', u, 0);
    memory.set('c', u, 0);
    expect(memory.get('a', 1)).toBeUndefined();
    expect(memory.get('c', 1)).toBe(u);
  });
});
