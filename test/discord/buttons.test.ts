import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askButtonId, feedbackButtonId, parseButtonId } from '../../src/adapters/discord/custom-ids.js';
import { SEED, hostileText } from '../reliability/hostile.js';

describe('Discord button ids', () => {
  it('carry a follow-up question and its edition', () => {
    const id = askButtonId('is MG-BY-ND revocable?', '2025')!;
    expect(parseButtonId(id)).toEqual({ kind: 'ask', edition: '2025', question: 'is MG-BY-ND revocable?' });
  });

  it('refuse a question too long for Discord\'s 100-character custom_id rather than cut it', () => {
    expect(askButtonId('x'.repeat(120), '2024')).toBeUndefined();
  });

  it('carry what the feedback log needs, within 100 characters even for a long question', () => {
    const answer = { intent: 'remix' as const, confidence: 0.823, question: `can I merge these ${'very '.repeat(40)}big models?` };
    const id = feedbackButtonId('down', answer);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(id)).toMatchObject({ kind: 'feedback', vote: 'down', intent: 'remix', confidence: 0.823 });
    expect((parseButtonId(id) as { question: string }).question).toMatch(/^can I merge these very/);
  });

  it('read nothing into ids that are not ours or are malformed', () => {
    for (const id of ['', 'ask:', 'ask:1999:hi', 'fb:up:nonsense:0.5:q', 'fb:up:remix:7:q', 'fb:sideways:remix:0.5:q', 'share']) {
      expect(parseButtonId(id), id).toBeUndefined();
    }
    fc.assert(fc.property(hostileText, (id) => {
      parseButtonId(id);
    }), { seed: SEED, numRuns: 300 });
  });
});
