import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/runtime/create-bot.js';

/**
 * The questions a new user asked that the first version answered wrongly, some of them confidently
 * and dangerously: each now gets the verdict of the license text, or a question back.
 */
const bot = createBot('2024');
const ask = (q: string, edition?: '2024' | '2025') => bot.ask(q, edition ? { edition } : {});

describe('permission questions read by act, object and polarity', () => {
  it.each([
    ['can I publish a student model distilled from an MG-BY-ND model?', '2024', 'no', /No, you can't share a model distilled/],
    ['can I publish a student model distilled from an MG-BY-ND model?', '2025', 'no', /Extracted Model/],
    ['can I offer a fine-tuned MG-BY-ND model as a paid API?', '2024', 'no', /counts as distributing/],
    ['do I own the derivatives I make from an MG-BY-ND model?', '2024', 'no', /No, you can't own the derivatives/],
    ['can I relicense an MG-BY-OS derivative under another license?', '2024', 'no', /copyleft/],
    ['Can I drop the attribution notice when I share an MG-BY-RAI model?', '2024', 'no', /requires you to keep the original attribution/],
    ['Is it forbidden to share a fine-tuned MG-BY-ND model?', '2024', 'yes', /Yes, MG-BY-ND forbids it/],
    ['Does MG-BY-ND forbid commercial use?', '2024', 'no', /doesn't forbid it/],
    ['Is disclosing source code optional under MG-BY-RAI?', '2024', 'yes', /may leave it out/],
    ["MG-BY-NC doesn't allow commercial use, right?", '2024', 'no', /No, you can't use the model commercially/],
    ["Under MG-BY I don't have to include the license file, do I?", '2024', 'yes', /Yes, you do have to/],
    ['Can I use an MG-BY-NC model for academic research?', '2024', 'yes', /research purposes/],
    ['Can I fine-tune an MG-BY-ND model and just use it inside our company, never sharing it?', '2024', 'yes', /Yes/],
    ['can I train a smaller model on MG-BY-ND outputs and publish it under the 2025 texts?', '2025', 'no', /distilled from it/],
    ['under the 2024 MG-BY-NC text can I sell the images it generates?', '2024', 'no', /No, you can't/],
    ['is MG-BY-NC-OS copyleft?', '2024', 'yes', /license derivatives under the same terms/],
    ['does MG-BY-ND let me distribute the original weights unchanged?', '2024', 'yes', /Yes, you can share the model/],
    ['do the rights in my MG-BY-NC-RAI derivative vest in the licensor?', '2024', 'yes', /belong to the licensor/],
    ['Does the licensor get ownership of my fine-tune of an MG-BY-OS model?', '2024', 'no', /stay with you/],
    ['can i keep my modifications to an mg-by-nc-os model private when i distribute the model', '2024', 'no', /closed source/],
    ['can I use an MG-BY-RAI model to make deepfake videos of a politician?', '2024', 'no', /No/],
    ['are deepfakes restricted under MG-BY-RAI?', '2024', 'yes', /forbids it/],
    ['can i put outputs from an MG-BY-NC model on my personal blog (not making money)?', '2024', 'yes', /share its output/],
    ['Can I relicense my MG-BY-OS fine-tune under MG-BY so companies can close it off?', '2024', 'no', /No/],
    ["2025: must a student distilled from an MG-BY-SA model's outputs be released under MG-BY-SA?", '2025', 'yes', /same terms/],
    ['I trained a student only on outputs of an MG-BY model. Do I have to ship the MG-BY license with the student?', '2025', 'no', /outside the license/],
    ['Is MG0 copyleft?', '2024', 'no', /doesn't require you to license derivatives under the same terms/],
  ] as const)('%s (%s) → %s', (question, edition, verdict, text) => {
    const a = ask(question, edition);
    if (verdict !== null) expect(a.intent).toBe('permission');
    expect(a.verdict).toBe(verdict);
    expect(a.text).toMatch(text);
  });

  it('asks back when "it" has nothing to refer to', () => {
    const a = ask('can I share it?');
    expect(a.verdict).toBeNull();
    expect(a.clarify?.length).toBeGreaterThan(0);
  });
});

describe('grants: revocation, termination and polarity', () => {
  it('says MG0 can be terminated under the Nov 2024 texts, though it is irrevocable', () => {
    const a = ask('can MG0 be terminated?', '2024');
    expect([a.intent, a.verdict]).toEqual(['grant', 'yes']);
    expect(a.text).toMatch(/§5\.2/);
    expect(a.text).toMatch(/irrevocable/);
  });

  it('reads "what happens if I violate it?" as a question about termination', () => {
    const a = ask('what happens if I violate MG-BY-RAI?', '2024');
    expect([a.intent, a.verdict]).toEqual(['grant', 'yes']);
    expect(a.text).toMatch(/§5\.2/);
  });

  it('finds no termination section in the 2025 MG0 text', () => {
    expect(ask('can MG0 be terminated?', '2025').verdict).toBe('no');
  });

  it('answers "irrevocable?" in its own terms: the verdict is the Revocable column, the text says yes', () => {
    const a = ask('is MG-BY-OS irrevocable?');
    expect(a.verdict).toBe('no');
    expect(a.text.split('\n')[0]).toMatch(/Yes, MG-BY-OS is irrevocable/);
  });

  it.each(['is GPL-2.0 revocable?', 'is the Llama 3 license revocable?', 'is MG-BY-OS-1.0 revocable?', 'is CC BY-SA 4.0 revocable?'])(
    'gives no verdict for a version it has no data for: %s',
    (question) => {
      const a = ask(question);
      expect(a.intent).toBe('grant');
      expect(a.verdict).toBeNull();
      expect(a.text).toMatch(/I know only|V1 license/);
    },
  );
});

describe('license ids and scope', () => {
  it('reads the year before an id as the edition, not part of the id', () => {
    const a = ask('2025: MG-BY-NC + MG-BY-RAI merge');
    expect([a.edition, a.verdict, a.result]).toEqual(['2025', 'compatible', 'MG-BY-NC-RAI-2.0']);
    expect(a.licenses).toEqual(['MG-BY-NC-2.0', 'MG-BY-RAI-2.0']);
  });

  it('reads ids typed without separators', () => {
    const a = ask('can i merge mgbync and mgbyos');
    expect([a.verdict, a.result]).toEqual(['compatible', 'MG-BY-NC-OS-2.0']);
  });

  it('does not take "MG-licensed" for an id', () => {
    expect(ask('can I post content generated by an MG-licensed model online?').faq).toBe('output-sharing');
  });

  it.each(['merge two git branches', 'merge two python dicts', 'what is a mixture of experts model?', 'concatenate layers in keras'])(
    'treats a look-alike as outside its topic: %s',
    (question) => {
      const a = ask(question);
      expect(a.intent).toBe('unknown');
      expect(a.verdict).toBeNull();
    },
  );

  it.each(['what can you do?', 'who are you?', 'thanks!'])('answers "%s" as help', (question) => {
    expect(ask(question).intent).toBe('help');
  });

  it('hears the question behind a typed @mention', () => {
    const a = ask('@modelgo-bot what is MG-BY-SA');
    expect([a.intent, a.licenses]).toEqual(['license', ['MG-BY-SA-2.0']]);
  });
});

describe('definitions', () => {
  it('explains what counts as non-commercial under MG-BY-NC, edition by edition', () => {
    const old = ask('what counts as non-commercial under MG-BY-NC?', '2024');
    expect([old.intent, old.term]).toEqual(['definition', 'non-commercial']);
    expect(old.text).toMatch(/personal, educational and\/or research/);
    expect(ask('what counts as non-commercial under MG-BY-NC?', '2025').text).toMatch(/commercial advantage/);
  });

  it('says a distilled model is a derivative in the Nov 2024 texts and not in the Dec 2025 ones', () => {
    expect(ask('is a distilled model a derivative under MG-BY-NC?', '2024').verdict).toBe('yes');
    expect(ask('is a distilled model a derivative under MG-BY-NC?', '2025').verdict).toBe('no');
  });
});

describe('the licenses a question is about', () => {
  it('answers a relicensing question about the source license, listing both in the order written', () => {
    expect(ask('can I relicense my MG-BY-OS derivative under Apache-2.0?').licenses).toEqual(['MG-BY-OS-2.0', 'Apache-2.0']);
  });

  it('lists both models of a remix under one license, and asks for the other license when only one is named', () => {
    expect(ask('Can I merge two different MG-BY-NC-ND models into one and release the merge?').licenses).toEqual(['MG-BY-NC-ND-2.0', 'MG-BY-NC-ND-2.0']);
    const a = ask('is MG-BY-NC compatible?');
    expect([a.intent, a.verdict]).toEqual(['remix', null]);
    expect(a.text).toMatch(/other model/);
  });

  it('gives no verdict for the May 2025 texts, and says how they differ', () => {
    const a = ask('Under the May 2025 version of MG-BY-ND, is a distilled student a derivative?');
    expect([a.intent, a.verdict]).toEqual(['definition', null]);
    expect(a.text).toMatch(/May 2025 texts still counted distilled models as derivatives/);
  });

  it('reads the ModelGo Zero License as MG0', () => {
    expect(ask('I keep seeing the ModelGo Zero License on model cards. What is it?').licenses).toEqual(['MG0-2.0']);
  });
});

describe('choosing', () => {
  it.each([
    ["I don't care about credit, I just want no restrictions", 'MG0-2.0'],
    ['credit me and share their versions under the same terms', 'MG-BY-OS-2.0'],
    ['I want a license that stops deepfakes and fraud', 'MG-BY-RAI-2.0'],
    ['credit me, and not sell it', 'MG-BY-NC-2.0'],
    ['give me the most restrictive ModelGo license', 'MG-BY-NC-ND-2.0'],
    ['which license lets others commercialize but forbids modifications being shared?', 'MG-BY-ND-2.0'],
    ['recommend a license for my open model, I want maximum freedom for users', 'MG0-2.0'],
  ])('%s → %s', (question, pick) => {
    const a = ask(question);
    expect([a.intent, a.result]).toEqual(['choose', pick]);
    expect(a.text).toMatch(/it meets/);
  });
});

describe('the first message is short, cites public sources and never our files', () => {
  const questions = [
    'can I merge MG-BY-NC with MG-BY-OS?',
    'what is MG-BY-ND?',
    'is MG-BY-RAI revocable?',
    'why not just use Creative Commons?',
    'compare MG0, MG-BY and MG-BY-NC',
    'can I use an MG-BY-NC-ND model commercially?',
  ];
  it.each(questions)('%s', (question) => {
    const a = ask(question);
    expect(a.text.length).toBeLessThanOrEqual(800);
    expect(a.text).toMatch(/^Source: /m);
    expect(a.text).toMatch(/Not legal advice/);
    expect(`${a.text}\n${a.details ?? ''}`).not.toMatch(/modelgo-facts|modelgo-faq|reference\/|\.md\b/);
  });

  it('answers "which is stricter?" with which', () => {
    expect(ask('MG-BY-NC vs MG-BY-NC-ND: which is stricter?').text.split('\n')[0]).toMatch(/^MG-BY-NC-ND is the stricter/);
  });

  it('compares three licenses, not two', () => {
    expect(ask('compare MG0, MG-BY and MG-BY-NC').card.title).toBe('MG0 vs MG-BY vs MG-BY-NC');
  });
});
