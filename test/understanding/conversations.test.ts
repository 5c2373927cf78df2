import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer/answer.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { projectRoot } from '../../src/runtime/paths.js';

/** The follow-ups a new user tried that the first version could not follow, each in its own conversation. */
const bot = createBot('2024');
let next = 0;
function conversation(): (q: string) => Answer {
  const id = `t${next++}`;
  return (q) => bot.ask(q, { conversation: id });
}

describe('follow-ups fill in only what they change', () => {
  it.each(['and in the 2025 version?', 'in 2025?', 'what about in the 2025 version?'])('"%s" switches the edition and answers again', (followUp) => {
    const say = conversation();
    expect(say('is MG-BY-RAI sublicensable?').verdict).toBe('yes');
    const a = say(followUp);
    expect([a.intent, a.edition, a.verdict, a.licenses]).toEqual(['grant', '2025', 'no', ['MG-BY-RAI-2.0']]);
    expect(a.text).toMatch(/2025 texts\)/);
  });

  it('"is it revocable?" after a remix asks about the remixed model', () => {
    const say = conversation();
    expect(say('I averaged an MG-BY-RAI model with an MG-BY-NC one').result).toBe('MG-BY-NC-RAI-2.0');
    const a = say('is it revocable?');
    expect([a.intent, a.licenses, a.verdict]).toEqual(['grant', ['MG-BY-NC-RAI-2.0'], 'yes']);
    expect(a.text).toMatch(/MG-BY-NC-RAI, the result just discussed/);
  });

  it('"can I use it commercially?" after a license card asks about that license', () => {
    const say = conversation();
    say('what is MG-BY-ND?');
    const a = say('can I use it commercially?');
    expect([a.intent, a.licenses, a.verdict]).toEqual(['permission', ['MG-BY-ND-2.0'], 'yes']);
  });

  it('"sublicensable?" and "patent?" take the license just discussed', () => {
    const say = conversation();
    say('is the Apache-2.0 copyright license sublicensable?');
    expect(say('patent?').verdict).toBe('not-stated');
    const again = conversation();
    again('is MG-BY-ND revocable?');
    expect(again('sublicensable?').verdict).toBe('auto-licensing');
  });

  it('"and RAI too" refines a license choice instead of opening a FAQ topic', () => {
    const say = conversation();
    expect(say('which license should I pick? I just want credit').result).toBe('MG-BY-2.0');
    expect(say('also no commercial use').result).toBe('MG-BY-NC-2.0');
    expect(say('and prevent misuse too').result).toBe('MG-BY-NC-RAI-2.0');
  });

  it('a new, complete question starts afresh and never inherits stale licenses', () => {
    const say = conversation();
    say('can I merge MG-BY-NC with MG-BY-OS?');
    const a = say('how do I merge two git branches?');
    expect([a.intent, a.licenses]).toEqual(['unknown', []]);
    expect(say('what is MG0?').licenses).toEqual(['MG0-2.0']);
  });

  it('asks back when "it" could mean either of two licenses just discussed', () => {
    const say = conversation();
    say('compare MG-BY-NC and MG-BY-ND');
    const a = say('is it revocable?');
    expect(a.verdict).toBeNull();
    expect(a.clarify).toEqual(['is MG-BY-NC revocable?', 'is MG-BY-ND revocable?']);
    expect(say('2').licenses).toEqual(['MG-BY-ND-2.0']);
  });

  it('shows the full reasoning on "why"', () => {
    const say = conversation();
    const first = say('can I merge MG-BY-NC with MG-BY-OS?');
    expect(say('why').text).toBe(first.details);
  });

  it('keeps conversations apart', () => {
    const one = conversation();
    const two = conversation();
    one('is MG-BY-NC revocable?');
    expect(two('what about MG-BY?').intent).not.toBe('grant');
  });
});

describe('no answer names a file of ours', () => {
  const sets = ['dev.jsonl', 'heldout-a.jsonl', 'heldout-b.jsonl'];
  it.each(sets)('every answer to eval/%s', (file) => {
    const questions = readFileSync(join(projectRoot, 'eval', file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => String(JSON.parse(l).q));
    const leaks = questions.filter((q) => {
      const a = bot.ask(q);
      return /modelgo-facts|modelgo-faq|reference\/|\.md\b|modelgo-bot\b/.test(`${a.text}\n${a.details ?? ''}`);
    });
    expect(leaks).toEqual([]);
  });
});

describe('replies and pronouns beside a named license', () => {
  it('completes the question it asked back with the licenses given in reply', () => {
    const say = conversation();
    expect(say('can I merge two models?').clarify?.length).toBeGreaterThan(0);
    const a = say('MG-BY and MG-BY-ND');
    expect([a.intent, a.verdict, a.licenses]).toEqual(['remix', 'cannot-share', ['MG-BY-2.0', 'MG-BY-ND-2.0']]);
  });

  it('asks for the license of "my fine-tune" and answers once told "it\'s MG-BY-OS"', () => {
    const say = conversation();
    expect(say('can I keep my fine-tune closed source?').verdict).toBeNull();
    const a = say("it's MG-BY-OS");
    expect([a.intent, a.verdict, a.licenses]).toEqual(['permission', 'no', ['MG-BY-OS-2.0']]);
  });

  it('keeps "it" as the license discussed when another license is only the relicensing target', () => {
    const say = conversation();
    say('is MG-BY-SA revocable?');
    const a = say('can I relicense a derivative of it under MG-BY?');
    expect([a.intent, a.verdict, a.licenses]).toEqual(['permission', 'no', ['MG-BY-SA-2.0', 'MG-BY-2.0']]);
  });

  it('takes "the patent part?" and "is the license revocable?" as the license just discussed', () => {
    const say = conversation();
    say('can I sublicense under Apache-2.0?');
    expect([say('and the patent part?').intent, say('is the license revocable?').licenses]).toEqual(['grant', ['Apache-2.0']]);
  });
});

describe('follow-ups that change what the question is about', () => {
  it('"what about just the outputs, under the 2025 texts?" asks the last question of the outputs', () => {
    const say = conversation();
    say('tell me about MG-BY-ND');
    expect(say('can I share a fine-tune of it?').verdict).toBe('no');
    const a = say('what about just the outputs, under the 2025 texts?');
    expect([a.intent, a.licenses, a.verdict, a.edition]).toEqual(['permission', ['MG-BY-ND-2.0'], 'yes', '2025']);
  });

  it('reads what a reply to a question back says besides the license', () => {
    const say = conversation();
    expect(say('can i share it?').verdict).toBeNull();
    const a = say('the fine-tuned version. base model is MG-BY-NC-ND');
    expect([a.intent, a.licenses, a.verdict]).toEqual(['permission', ['MG-BY-NC-ND-2.0'], 'no']);
  });

  it('takes "them" after a remix as its two models, though the remix had a result', () => {
    const say = conversation();
    expect(say('weight averaging MG0 with MG-BY-RAI, ok?').verdict).toBe('compatible');
    const a = say('and if I just put them in a pipeline instead?');
    expect([a.intent, a.licenses, a.verdict]).toEqual(['remix', ['MG0-2.0', 'MG-BY-RAI-2.0'], 'separable']);
  });
});
