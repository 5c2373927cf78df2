import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPORA, formatNluBenchmark, runNluBenchmark } from '../../src/adapters/cli/nlu-benchmark.js';

describe('NLU benchmark (Braun et al. 2017 corpora)', () => {
  it('beats the best published result, nlp.js at 0.931 overall', async () => {
    const result = await runNluBenchmark(DEFAULT_CORPORA);
    expect(Object.keys(result.corpora).sort()).toEqual(['AskUbuntuCorpus', 'ChatbotCorpus', 'WebApplicationsCorpus']);
    expect(result.overall).toBeGreaterThan(0.931);
    expect(result.corpora.ChatbotCorpus).toBeGreaterThan(0.95);
    expect(formatNluBenchmark(result)).toMatch(/^overall\s+0\.9\d\d$/m);
  });

  describe('on a corpus of our own', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nlu-benchmark-'));
    const sentence = (text: string, intent: string, training: boolean) => ({ text, intent, training });

    it('trains on the training sentences and scores the others', async () => {
      writeFileSync(
        path.join(dir, 'Tiny.json'),
        JSON.stringify({
          sentences: [
            sentence('when does the next bus leave', 'departure', true),
            sentence('next train departure time', 'departure', true),
            sentence('how do I get from a to b', 'route', true),
            sentence('route from the station to the airport', 'route', true),
            sentence('when does the next train leave', 'departure', false),
            sentence('how do I get to the airport', 'route', false),
          ],
        }),
      );
      expect(await runNluBenchmark(dir)).toEqual({ corpora: { Tiny: 1 }, overall: 1 });
    });

    it('names the file of a corpus it cannot read', async () => {
      writeFileSync(path.join(dir, 'Broken.json'), JSON.stringify({ sentences: [{ text: 'hi' }] }));
      await expect(runNluBenchmark(dir)).rejects.toThrow(/^Broken\.json: not an NLU corpus/);
    });
  });
});
