import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showAnswer } from '../../src/adapters/cli/ask.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { tempDir } from '../reliability/run-cli.js';

// Until the matcher has its `matrix` intent, a remix answer is given the picture request by hand.
const bot = createBot('2024');
const answer = { ...bot.ask('can I merge MG-BY-NC with MG-BY-OS?'), picture: { edition: '2024' as const, highlight: ['MG-BY-NC-2.0', 'MG-BY-OS-2.0'] } };

describe('a picture answer on the console', () => {
  it('writes the PNG into --out-dir and names it in the JSON image field', () => {
    const dir = tempDir();
    const json = JSON.parse(showAnswer(bot, answer, { json: true, outDir: dir }));
    expect(json.image).toBe(join(dir, 'modelgo-matrix-2024-mg-by-nc+mg-by-os.png'));
    expect(existsSync(json.image)).toBe(true);
  });

  it('prints the path after the text', () => {
    const dir = tempDir();
    expect(showAnswer(bot, answer, { json: false, outDir: dir })).toBe(`${answer.text}\nPicture: ${join(dir, 'modelgo-matrix-2024-mg-by-nc+mg-by-os.png')}\n`);
  });

  it('still answers, without an image, when the folder cannot be written', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const json = JSON.parse(showAnswer(bot, answer, { json: true, outDir: file }));
    expect(json.image).toBeNull();
    expect(json.text).toBe(answer.text);
  });

  it('leaves answers without a picture alone', () => {
    const plain = bot.ask('is MG-BY-NC revocable?');
    expect(JSON.parse(showAnswer(bot, plain, { json: true, outDir: tempDir() })).image).toBeNull();
  });
});
