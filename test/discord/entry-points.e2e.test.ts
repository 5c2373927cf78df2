import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_MESSAGE_COMMAND } from '../../src/adapters/discord/context-menu.js';
import { type RunningDiscordBot, startDiscordBot } from '../../src/adapters/discord/discord-bot.js';
import { renderAnswer } from '../../src/adapters/discord/embed.js';
import { en } from '../../src/core/answer/messages/en.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { FeedbackLog } from '../../src/runtime/feedback-log.js';
import { createLogger } from '../../src/runtime/logger.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { botMessage, buttonPress, channelMessage, messageCommand, slashCommand, user } from './payloads.js';

const TOKEN = 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GfakeX.abcdefghijklmnopqrstuvwxyz0123456789AB';
const EPHEMERAL = 64;

let fake: FakeDiscord;
let running: RunningDiscordBot;
let feedbackFile: string;
const bot = createBot('2024');

beforeAll(async () => {
  fake = await FakeDiscord.start();
  feedbackFile = join(mkdtempSync(join(tmpdir(), 'modelgo-discord-')), 'feedback.jsonl');
  running = await startDiscordBot({
    token: TOKEN,
    apiUrl: fake.apiUrl,
    bot,
    log: createLogger('silent'),
    feedback: new FeedbackLog(feedbackFile),
    rateLimitPerMinute: 1000,
  });
  await running.ready;
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

async function interact(payload: { id: string }): Promise<RecordedRequest> {
  fake.dispatch('INTERACTION_CREATE', payload);
  return fake.callbackFor(payload.id);
}

type Button = { label?: string; custom_id: string; emoji?: { name: string }; style: number };

function buttons(req: RecordedRequest | { components: Array<{ components: unknown[] }> }): Button[] {
  const data = 'body' in req ? req.body.data : req;
  return (data.components as Array<{ components: Button[] }>).flatMap((row) => row.components);
}

function labelled(req: RecordedRequest, label: string): Button {
  const found = buttons(req).find((b) => b.label === label);
  expect(found, `a "${label}" button`).toBeDefined();
  return found!;
}

function shown(req: RecordedRequest): string {
  return JSON.stringify([req.body.data.content ?? '', req.body.data.embeds]);
}

describe('"Why?" under an answer', () => {
  it("is a button only when the answer has details, with a custom_id within Discord's 100 characters", () => {
    const answer = bot.ask('license MG-BY-ND');
    const labels = (details: string | null) => buttons(renderAnswer({ ...answer, details }, details ? { details: 'abcdefghijkl' } : {})).map((b) => b.label);
    expect(labels('The long version.')).toContain('Why?');
    expect(labels(null)).not.toContain('Why?');
  });

  it('shows the details privately to whoever presses it', async () => {
    const answer = await interact(slashCommand('ask', { question: 'can I merge MG-BY-NC with MG-BY-OS?' }));
    const why = labelled(answer, 'Why?');
    expect(why.custom_id.length).toBeLessThanOrEqual(100);
    const details = await interact(buttonPress(why.custom_id));
    expect(details.body.type).toBe(4);
    expect(details.body.data.flags).toBe(EPHEMERAL);
    const expected = bot.ask('can I merge MG-BY-NC with MG-BY-OS?').details!.split('\n')[0]!;
    expect(JSON.parse(shown(details))[1][0].description).toContain(expected);
  });

  it('says so privately when the answer is no longer remembered', async () => {
    const reply = await interact(buttonPress('why:unknownid1234'));
    expect(reply.body.data).toMatchObject({ flags: EPHEMERAL, content: en.discord.answerGone });
  });
});

describe('/modelgo ask private:true', () => {
  it('answers only the asker, with "Post to channel", which posts the same answer for everyone and names who posted it', async () => {
    const alice = user();
    const answer = await interact(slashCommand('ask', { question: 'what is MG-BY-ND?', private: true }, alice));
    expect(answer.body.data.flags).toBe(EPHEMERAL);
    expect(shown(answer)).toContain('MG-BY-ND-2.0');
    const post = labelled(answer, 'Post to channel');
    const posted = await interact(buttonPress(post.custom_id, alice, botMessage({ flags: EPHEMERAL })));
    expect(posted.body.type).toBe(4);
    expect(posted.body.data.flags ?? 0).toBe(0);
    expect(posted.body.data.embeds).toEqual(answer.body.data.embeds);
    expect(posted.body.data.content).toBe(`Posted by <@${alice.id}>`);
    expect(posted.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(buttons(posted).map((b) => b.label)).not.toContain('Post to channel');
  });

  it('without private: is public and has no "Post to channel"', async () => {
    const answer = await interact(slashCommand('ask', { question: 'what is MG-BY-ND?' }));
    expect(answer.body.data.flags ?? 0).toBe(0);
    expect(buttons(answer).map((b) => b.label)).not.toContain('Post to channel');
  });
});

describe('the "Ask ModelGo" message command', () => {
  it('answers the message\'s text privately, with "Post to channel"', async () => {
    const target = channelMessage('can I merge MG-BY-NC with MG-BY-OS?', { mention: false });
    const reply = await interact(messageCommand(ASK_MESSAGE_COMMAND, target));
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(shown(reply)).toContain('MG-BY-NC-OS-2.0');
    labelled(reply, 'Post to channel');
  });

  it('says so when the message has no text', async () => {
    const reply = await interact(messageCommand(ASK_MESSAGE_COMMAND, channelMessage('', { mention: false })));
    expect(reply.body.data).toMatchObject({ flags: EPHEMERAL, content: en.discord.noText });
  });
});

describe('👍/👎', () => {
  it('count once per person and message, shown on the button, with no extra message', async () => {
    const answer = await interact(slashCommand('ask', { question: 'is MG-BY-RAI revocable?' }));
    const up = buttons(answer).find((b) => b.emoji?.name === '👍')!;
    const down = buttons(answer).find((b) => b.emoji?.name === '👎')!;
    const message = botMessage({ components: answer.body.data.components });
    const [alice, bob] = [user(), user()];

    const first = await interact(buttonPress(up.custom_id, alice, message));
    expect(first.body.type).toBe(7);
    const afterFirst = buttons(first);
    expect(afterFirst.find((b) => b.custom_id === up.custom_id)?.label).toBe('1');

    // Alice again (either thumb) changes nothing; Bob's vote counts.
    const seenAs = { ...message, components: first.body.data.components };
    for (const id of [up.custom_id, down.custom_id]) expect((await interact(buttonPress(id, alice, seenAs))).body.type).toBe(6);
    const second = await interact(buttonPress(up.custom_id, bob, seenAs));
    expect(buttons(second).find((b) => b.custom_id === up.custom_id)?.label).toBe('2');

    const votes = readFileSync(feedbackFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l['question'] === 'is MG-BY-RAI revocable?');
    expect(votes.map((v) => v['kind'])).toEqual(['thumbs-up', 'thumbs-up']);
  });
});
