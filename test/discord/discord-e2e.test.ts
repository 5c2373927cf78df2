import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDiscordBot } from '../../src/adapters/discord/discord-bot.js';
import { en } from '../../src/core/answer/messages/en.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { FeedbackLog } from '../../src/runtime/feedback-log.js';
import { createLogger } from '../../src/runtime/logger.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import {
  autocomplete,
  BOT_USER,
  botMessage,
  buttonPress,
  CHANNEL_ID,
  channelMessage,
  DM_CHANNEL_ID,
  directMessage,
  replyInChannel,
  slashCommand,
  user,
} from './payloads.js';
import { startTestBot, TOKEN } from './running-bot.js';

const RATE_LIMIT = 5;
const EPHEMERAL = 64;

let fake: FakeDiscord;
let running: RunningDiscordBot;
let feedbackFile: string;
const logs: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  feedbackFile = join(mkdtempSync(join(tmpdir(), 'modelgo-discord-')), 'feedback.jsonl');
  running = await startTestBot(fake, {
    bot: createBot('2024'),
    log: createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) }),
    feedback: new FeedbackLog(feedbackFile),
    rateLimitPerMinute: RATE_LIMIT,
  });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

/** Pushes an interaction through the gateway and returns the bot's successful callback to it. */
async function interact(payload: { id: string }): Promise<RecordedRequest> {
  fake.dispatch('INTERACTION_CREATE', payload);
  return fake.callbackFor(payload.id);
}

/** Pushes a message and returns the bot's reply to it (a message whose reference is that message). */
async function say(message: { id: string }): Promise<RecordedRequest> {
  fake.dispatch('MESSAGE_CREATE', message);
  return replyTo(message.id);
}

function replyTo(messageId: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId, `reply to message ${messageId}`);
}

/** Everything a user can read in an embed. */
function embedText(req: RecordedRequest): string {
  const embeds = (req.body.data ?? req.body).embeds as Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  return embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].join('\n')).join('\n');
}

function buttons(req: RecordedRequest): Array<{ label?: string; custom_id: string; emoji?: { name: string } }> {
  return ((req.body.data ?? req.body).components as Array<{ components: Array<{ label?: string; custom_id: string; emoji?: { name: string } }> }>).flatMap(
    (row) => row.components,
  );
}

describe('the Discord bot, end to end over a fake Discord', () => {
  it('identifies with the Guilds, GuildMessages and DirectMessages intents only (no privileged intent)', () => {
    const [identify] = fake.identifies as Array<{ intents: number; token: string }>;
    expect(identify?.intents).toBe(1 | 512 | 4096);
  });

  it('answers /modelgo remix first:MG-BY-NC second:MG-BY-OS with MG-BY-NC-OS-2.0, in the channel', async () => {
    const reply = await interact(slashCommand('remix', { first: 'MG-BY-NC', second: 'MG-BY-OS' }));
    expect(reply.body.type).toBe(4);
    expect(embedText(reply)).toContain('MG-BY-NC-OS-2.0');
    expect(reply.body.data.flags ?? 0).toBe(0);
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedText(reply)).toMatch(/Not legal advice/);
  });

  it('shows /modelgo license name:MG-BY-ND as a card with Model Sheet fields, coloured by group', async () => {
    const reply = await interact(slashCommand('license', { name: 'MG-BY-ND' }));
    const [embed] = reply.body.data.embeds;
    expect(embed.title).toContain('MG-BY-ND-2.0');
    expect(embed.fields.length).toBeGreaterThanOrEqual(3);
    expect(embed.fields.map((f: { name: string }) => f.name).join('\n')).toMatch(/revoke/i);
    expect(embed.color).toBe(0xe74c3c);
    expect(buttons(reply).map((b) => b.emoji?.name)).toEqual(expect.arrayContaining(['👍', '👎']));
  });

  it('autocompletes license names as the user types "nc": at most 25 choices, all matching', async () => {
    const reply = await interact(autocomplete('license', { name: 'nc' }, 'name'));
    expect(reply.body.type).toBe(8);
    const { choices } = reply.body.data as { choices: Array<{ name: string; value: string }> };
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('MG-BY-NC-2.0');
    for (const c of choices) expect(`${c.name} ${c.value}`.toLowerCase()).toContain('nc');
  });

  it('autocompletes both remix licenses with MG licenses only', async () => {
    const reply = await interact(autocomplete('remix', { first: 'MG-BY-NC-2.0', second: 'os' }, 'second'));
    const { choices } = reply.body.data as { choices: Array<{ name: string; value: string }> };
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['MG-BY-OS-2.0', 'MG-BY-NC-OS-2.0']));
    for (const c of choices) expect(c.value).toMatch(/^MG/);
  });

  it('autocompletes FAQ topics by title and answers the chosen topic', async () => {
    const suggestions = await interact(autocomplete('faq', { topic: 'creative' }, 'topic'));
    expect(suggestions.body.data.choices).toContainEqual({ name: 'Why not Creative Commons?', value: 'why-not-cc' });
    const reply = await interact(slashCommand('faq', { topic: 'why-not-cc' }));
    expect(reply.body.type).toBe(4);
    expect(embedText(reply)).toMatch(/Creative Commons/);
  });

  it('answers from the edition picked in `edition:`, in autocomplete, the answer and its follow-up buttons', async () => {
    const typing = await interact(autocomplete('license', { name: 'sa', edition: '2025' }, 'name'));
    expect(typing.body.data.choices.map((c: { value: string }) => c.value)).toContain('MG-BY-SA-2.0');
    const card = await interact(slashCommand('license', { name: 'MG-BY-OS', edition: '2025' }));
    expect(embedText(card)).toContain('MG-BY-SA-2.0');
    const followUp = buttons(card).find((b) => b.label === 'Revocable?')!;
    expect(embedText(await interact(buttonPress(followUp.custom_id)))).toContain('MG-BY-SA');
  });

  it('answers /modelgo help with example buttons', async () => {
    const reply = await interact(slashCommand('help'));
    expect(buttons(reply).filter((b) => b.label).length).toBeGreaterThanOrEqual(3);
  });

  it('answers a mention in a channel as a reply to that message, with an embed', async () => {
    const message = channelMessage('can I merge MG-BY-NC with MG-BY-OS?');
    const reply = await say(message);
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(embedText(reply)).toContain('MG-BY-NC-OS-2.0');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a direct message as a reply', async () => {
    const message = directMessage('what is MG-BY-ND?');
    const reply = await say(message);
    expect(reply.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(embedText(reply)).toContain('MG-BY-ND-2.0');
  });

  it('ignores channel messages that do not mention it, and messages from bots (itself included)', async () => {
    const unaddressed = channelMessage('what is MG-BY-ND?', { mention: false });
    const fromBot = channelMessage('what is MG0?', { from: { ...user(), bot: true } });
    const fromItself = channelMessage('what is MG0?', { from: BOT_USER });
    for (const m of [unaddressed, fromBot, fromItself]) fake.dispatch('MESSAGE_CREATE', m);
    // Messages are handled in order, so once a later one is answered the earlier ones had their turn.
    await say(channelMessage('what is MG0?'));
    const ignored = new Set([unaddressed.id, fromBot.id, fromItself.id]);
    expect(fake.requests.filter((r) => ignored.has(r.body?.message_reference?.message_id))).toEqual([]);
  });

  it('never lets a question ping @everyone, @here or anyone else', async () => {
    const hostile = '@everyone @here <@1100000000000000077> <@&1100000000000000001> is MG-BY-NC revocable? @everyone';
    const replies = [await say(channelMessage(hostile)), await interact(slashCommand('ask', { question: hostile }))];
    for (const reply of replies) {
      expect((reply.body.data ?? reply.body).allowed_mentions).toEqual({ parse: [] });
      const shown = [embedText(reply), ...buttons(reply).map((b) => b.label ?? '')].join('\n');
      expect(shown).not.toMatch(/@(everyone|here)|<@/);
    }
  });

  it('follows up in the same conversation: "what about MG-BY-ND?" reuses the last question', async () => {
    const alice = user();
    await say(channelMessage('can I merge MG-BY-NC with MG-BY-OS?', { from: alice }));
    const reply = await say(channelMessage('what about MG-BY-ND?', { from: alice }));
    expect(embedText(reply)).toMatch(/MG-BY-NC/);
    expect(embedText(reply)).toMatch(/MG-BY-ND/);
  });

  it('asks a "did you mean" / follow-up choice when its button is pressed, and replies with that answer', async () => {
    const card = await interact(slashCommand('license', { name: 'MG-BY-ND' }));
    const choice = buttons(card).find((b) => b.label === 'Revocable?');
    expect(choice).toBeDefined();
    const reply = await interact(buttonPress(choice!.custom_id));
    expect(reply.body.type).toBe(4);
    expect(embedText(reply)).toMatch(/revocable/i);
    expect(embedText(reply)).toContain('MG-BY-ND');
  });

  it('records 👎 in the feedback log, with the question and a hashed user, and counts it on the button', async () => {
    const asker = user();
    const answer = await interact(slashCommand('ask', { question: 'can I sell outputs of an MG-BY-NC model?' }, asker));
    const down = buttons(answer).find((b) => b.emoji?.name === '👎')!;
    const reply = await interact(buttonPress(down.custom_id, asker, botMessage({ components: answer.body.data.components })));
    expect(reply.body.type).toBe(7);
    expect(buttons(reply).find((b) => b.custom_id === down.custom_id)?.label).toBe('1');
    const lines = readFileSync(feedbackFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const record = lines.find((l) => l.kind === 'thumbs-down');
    expect(record).toMatchObject({ platform: 'discord', question: 'can I sell outputs of an MG-BY-NC model?' });
    expect(record?.user).not.toBe(asker.id);
  });

  it('says privately that a button it cannot read no longer works', async () => {
    const reply = await interact(buttonPress('something-else:1'));
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toMatch(/no longer works/);
  });

  it('turns a handler error (a malformed option) into a private apology and a log line', async () => {
    const broken = slashCommand('ask', {});
    (broken.data as { options: Array<{ options: unknown[] }> }).options[0]!.options = [{ type: 4, name: 'question', value: 3 }];
    const reply = await interact(broken);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toMatch(/sorry/i);
    expect(logs.some((l) => l.msg === 'could not read a Discord command' && l.level === 50)).toBe(true);
  });

  it('rate-limits one user politely and privately, without affecting others', async () => {
    const eager = user();
    for (let i = 0; i < RATE_LIMIT; i++) expect((await interact(slashCommand('ask', { question: 'what is MG0?' }, eager))).body.data.embeds).toHaveLength(1);
    const refused = await interact(slashCommand('ask', { question: 'what is MG0?' }, eager));
    expect(refused.body.data).toMatchObject({ content: en.notices.rateLimited, flags: EPHEMERAL });
    expect((await interact(slashCommand('ask', { question: 'what is MG0?' }))).body.data.embeds).toHaveLength(1);
  });

  it('tells a user flooding it with mentions once that they are rate-limited, then stays quiet', async () => {
    const eager = user();
    for (let i = 0; i < RATE_LIMIT; i++) await say(channelMessage('what is MG0?', { from: eager }));
    const notice = await say(channelMessage('what is MG0?', { from: eager }));
    expect(notice.body.content).toBe(en.notices.rateLimited);
    const quiet = channelMessage('what is MG0?', { from: eager });
    fake.dispatch('MESSAGE_CREATE', quiet);
    await say(channelMessage('what is MG0?'));
    expect(fake.requests.filter((r) => r.body?.message_reference?.message_id === quiet.id)).toEqual([]);
  });

  it('waits out a 429 from Discord and then answers exactly once', async () => {
    const payload = slashCommand('license', { name: 'MG0' });
    fake.fail((r) => r.path.startsWith(`/interactions/${payload.id}/`), 429, {
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    const reply = await interact(payload);
    expect(embedText(reply)).toContain('MG0-2.0');
    await interact(slashCommand('help'));
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(logs.some((l) => l.msg === 'discord api refused a request' && l.status === 429)).toBe(true);
  });

  it('rides out 5xx answers with backoff and replies once', async () => {
    const payload = slashCommand('license', { name: 'MG0' });
    fake.fail((r) => r.path.startsWith(`/interactions/${payload.id}/`), 502, { times: 2 });
    const reply = await interact(payload);
    expect(embedText(reply)).toContain('MG0-2.0');
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`)).map((r) => r.status)).toEqual([502, 502, 204]);
  });

  it('gives up on a Discord 5xx that outlasts the retries with one error line, and keeps running', async () => {
    const payload = slashCommand('license', { name: 'MG0' });
    fake.fail((r) => r.path.startsWith(`/interactions/${payload.id}/`), 502, { times: 100 });
    const gaveUp = () => logs.filter((l) => l.msg === 'gave up delivering the answer' && l.level === 50).length;
    const before = gaveUp();
    fake.dispatch('INTERACTION_CREATE', payload);
    await fake.waitForRequest(() => gaveUp() > before, 'the give-up line');
    expect(embedText(await interact(slashCommand('license', { name: 'MG-BY' })))).toContain('MG-BY-2.0');
    expect(gaveUp()).toBe(before + 1);
    expect(logs.some((l) => l.msg === 'discord api refused a request' && l.status === 502)).toBe(true);
  });

  describe('exactly once when the connection fails', () => {
    const callbacks = (id: string) => fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`) && r.status === 204);

    it('an interaction reply: reset before Discord took it, reset after, or answered after the timeout', async () => {
      for (const kind of ['reset-before', 'reset-after', 'slow'] as const) {
        const payload = slashCommand('license', { name: 'MG-BY-ND' });
        fake.network((r) => r.path.startsWith(`/interactions/${payload.id}/`), kind, 1500);
        fake.dispatch('INTERACTION_CREATE', payload);
        await fake.waitForRequest(
          (r) =>
            r.path.startsWith(`/interactions/${payload.id}/`) &&
            (r.status === 204 || r.status === 400) &&
            callbacks(payload.id).length === 1 &&
            (kind === 'reset-before' || r.status === 400),
          `a settled reply (${kind})`,
        );
        expect(callbacks(payload.id), kind).toHaveLength(1);
        expect(embedText(callbacks(payload.id)[0]!)).toContain('MG-BY-ND-2.0');
      }
    });

    it('a reply to a message: the nonce makes a re-sent reply the same message', async () => {
      for (const kind of ['reset-before', 'reset-after', 'slow'] as const) {
        const message = channelMessage('what is MG-BY-NC?');
        fake.network((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, kind, 1500);
        fake.dispatch('MESSAGE_CREATE', message);
        const attempts = () => fake.requests.filter((r) => r.body?.message_reference?.message_id === message.id);
        await fake.waitForRequest(() => attempts().length >= 2 && attempts().at(-1)!.status === 200, `a second attempt (${kind})`);
        expect(new Set(attempts().map((r) => r.body.nonce)).size, kind).toBe(1);
        expect(
          fake.created.filter((m) => m.message_reference?.message_id === message.id),
          kind,
        ).toHaveLength(1);
      }
    });
  });

  it('reads a reply to its answer as a follow-up, without a mention: "what about MG-BY-ND?" after "is MG-BY-NC revocable?"', async () => {
    const alice = user();
    const first = channelMessage('is MG-BY-NC revocable?', { from: alice });
    await say(first);
    const answer = fake.created.find((m) => m.message_reference?.message_id === first.id)!;
    const followUp = replyInChannel('what about MG-BY-ND?', answer, { from: alice });
    const reply = await say(followUp);
    expect(embedText(reply)).toContain('MG-BY-ND');
    expect(embedText(reply)).toMatch(/revocable|revoke/i);
    // A reply to someone else's message is not addressed to the bot.
    const other = replyInChannel('what about MG-BY-ND?', { ...answer, author: user() });
    fake.dispatch('MESSAGE_CREATE', other);
    await say(channelMessage('what is MG0?'));
    expect(fake.requests.filter((r) => r.body?.message_reference?.message_id === other.id)).toEqual([]);
  });

  it('reconnects and resumes by itself when the gateway connection drops, then answers again', async () => {
    await fake.dropConnections();
    expect(fake.resumes).toBeGreaterThanOrEqual(1);
    expect(embedText(await interact(slashCommand('license', { name: 'MG-BY-NC' })))).toContain('MG-BY-NC-2.0');
  });

  it('writes no token to its logs: neither the bot token nor interaction tokens', () => {
    const all = JSON.stringify(logs);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('interaction-token-');
    expect(logs.some((l) => l.msg === 'answered' && l.platform === 'discord')).toBe(true);
  });
});
