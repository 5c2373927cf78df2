import { describe, expect, it } from 'vitest';
import { LANGUAGE_CONVERSATIONS } from '../fixtures/language-conversations.js';
import { runCli } from '../reliability/run-cli.js';

describe('modelgo-bot chat in Chinese and Spanish', () => {
  it.each(Object.entries(LANGUAGE_CONVERSATIONS))('holds a five-turn conversation in %s, every answer in that language', (_language, { disclaimer, turns }) => {
    const run = runCli(['chat'], { input: `${turns.map((t) => t.q).join('\n')}\nexit\n` });
    expect(run.status).toBe(0);
    // One answer per turn, each between two prompts.
    const answers = run.stdout.split('you> ').slice(1, turns.length + 1);
    expect(answers).toHaveLength(turns.length);
    turns.forEach((turn, i) => {
      expect(answers[i]).toMatch(turn.shows);
      expect(answers[i]).toMatch(disclaimer);
    });
  });
});
