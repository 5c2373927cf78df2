import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askButton, feedbackButton, parseButton, shareButton } from '../../src/runtime/pipeline/button-codec.js';
import { hostileText, SEED } from '../reliability/hostile.js';

describe('button values (Slack values, Discord custom_ids)', () => {
  it('carry a follow-up question and its edition', () => {
    const id = askButton('is MG-BY-ND revocable?', '2025', 100)!;
    expect(parseButton(id)).toEqual({ kind: 'ask', edition: '2025', question: 'is MG-BY-ND revocable?' });
  });

  it("refuse a question too long for Discord's 100-character custom_id rather than cut it", () => {
    expect(askButton('x'.repeat(120), '2024', 100)).toBeUndefined();
  });

  it('carry what the feedback log needs, within 100 characters even for a long question', () => {
    const answer = { intent: 'remix' as const, confidence: 0.823, question: `can I merge these ${'very '.repeat(40)}big models?` };
    const id = feedbackButton('down', answer, 100);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButton(id)).toMatchObject({ kind: 'feedback', vote: 'down', intent: 'remix', confidence: 0.823 });
    expect((parseButton(id) as { question: string }).question).toMatch(/^can I merge these very/);
  });

  it("carry a shared answer's question and edition", () => {
    expect(parseButton(shareButton('can I merge MG-BY-NC with MG-BY-OS?', '2024', 2000))).toEqual({
      kind: 'share',
      edition: '2024',
      question: 'can I merge MG-BY-NC with MG-BY-OS?',
    });
  });

  it('read nothing into ids that are not ours or are malformed', () => {
    for (const id of ['', 'ask:', 'ask:1999:hi', 'fb:up:nonsense:0.5:q', 'fb:up:remix:7:q', 'fb:sideways:remix:0.5:q', 'share']) {
      expect(parseButton(id), id).toBeUndefined();
    }
    fc.assert(
      fc.property(hostileText, (id) => {
        parseButton(id);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
