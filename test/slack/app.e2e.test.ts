import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/core/answer/messages/en.js';
import { parseButton } from '../../src/runtime/pipeline/button-codec.js';
import { blockKitProblems, mentionTokenIn } from './block-limits.js';
import { FakeSlack, type Received } from './fake-slack.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention, buttonClick, directMessage, eventCallback, send, slashCommand, threadReply } from './slack-requests.js';

let fake: FakeSlack;
let app: RunningApp;

beforeAll(async () => {
  fake = await FakeSlack.start();
  // This file asks far more than a person would; the limit itself is tested with its own app below.
  app = await startApp(fake, { RATE_LIMIT_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

/** Everything a message says, as one string (the blocks and the fallback text). */
function said(r: Received): string {
  return JSON.stringify(r.body);
}

type Button = { action_id: string; value: string; text: { text: string } };

function buttons(r: Received): Button[] {
  const blocks = r.body['blocks'] as { type: string; elements?: Button[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

let counter = 0;
/** A fresh message timestamp, event id and response URL per request, so tests never see each other's replies. */
function fresh(): { ts: string; eventId: string; responseUrl: string } {
  counter += 1;
  return { ts: `1700000100.${String(counter).padStart(6, '0')}`, eventId: `Ev${counter}`, responseUrl: fake.responseUrl(`r${counter}`) };
}

async function command(text: string, where = {}): Promise<Received> {
  const { responseUrl } = fresh();
  const res = await send(app.url, slashCommand(text, responseUrl, where), 'form');
  expect(res.status).toBe(200);
  return fake.waitFor(new URL(responseUrl).pathname);
}

async function mention(text: string, where = {}, threadTs?: string): Promise<{ ts: string; eventId: string; reply: Promise<Received> }> {
  const { ts, eventId } = fresh();
  const res = await send(app.url, eventCallback(eventId, appMention(text, ts, where, threadTs)), 'json');
  expect(res.status).toBe(200);
  const thread = threadTs ?? ts;
  return { ts, eventId, reply: fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === thread) };
}

describe('/modelgo', () => {
  it('answers a question privately, with MG-BY-NC-OS-2.0 for merging MG-BY-NC with MG-BY-OS', async () => {
    const reply = await command('can I merge MG-BY-NC with MG-BY-OS?');
    expect(reply.body['response_type']).toBe('ephemeral');
    expect(said(reply)).toContain('MG-BY-NC-OS-2.0');
    expect(reply.body['text']).toContain('MG-BY-NC-OS-2.0');
    expect(blockKitProblems(reply.body)).toEqual([]);
    expect(buttons(reply).map((b) => b.text.text)).toContain('Share in channel');
  });

  it('shows a license card: header and Model Sheet fields', async () => {
    const reply = await command('license MG-BY-ND');
    const blocks = reply.body['blocks'] as Record<string, any>[];
    expect(blocks[0]!.type).toBe('header');
    expect(blocks[0]!.text.text).toContain('MG-BY-ND');
    expect(blocks.some((b) => b.type === 'section' && Array.isArray(b.fields) && b.fields.length > 0)).toBe(true);
    expect(said(reply)).toContain('Not legal advice');
  });

  it('shows help for a bare /modelgo', async () => {
    const reply = await command('');
    expect(said(reply)).toContain('ModelGo license assistant');
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention in its thread, once, even when Slack retries the event', async () => {
    const { ts, eventId, reply } = await mention('can I merge MG-BY-NC with MG-BY-OS?');
    const answer = await reply;
    expect(answer.body['channel']).toBe('C_GENERAL');
    expect(said(answer)).toContain('MG-BY-NC-OS-2.0');
    expect(answer.headers['authorization']).toBe('Bearer xoxb-test');

    const retry = await send(app.url, eventCallback(eventId, appMention('can I merge MG-BY-NC with MG-BY-OS?', ts)), 'json', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await app.waitForLog((l) => l['msg'] === 'ignored a repeated event' && l['eventId'] === eventId);
    expect(fake.shown('C_GENERAL', ts)).toHaveLength(1);
    expect(fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === ts)).toHaveLength(1);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const { reply } = await mention('what is MG-BY-ND?', {}, '1699999999.000001');
    expect(said(await reply)).toContain('MG-BY-ND');
  });

  it('answers a direct message in the DM, and never answers bots', async () => {
    const channel = 'D_ALICE';
    const bot = fresh();
    await send(
      app.url,
      eventCallback(
        bot.eventId,
        directMessage('is MG-BY-RAI revocable?', bot.ts, { channel, user: 'U_OTHERBOT' }, { subtype: 'bot_message', bot_id: 'B_OTHER' }),
      ),
      'json',
    );
    const self = fresh();
    await send(
      app.url,
      eventCallback(self.eventId, directMessage('is MG-BY-RAI revocable?', self.ts, { channel, user: 'U_BOT' }, { bot_id: 'B_BOT' })),
      'json',
    );
    const human = fresh();
    await send(app.url, eventCallback(human.eventId, directMessage('what is MG-BY-ND?', human.ts, { channel })), 'json');
    const answer = await fake.waitFor('/api/chat.postMessage', (r) => r.body['channel'] === channel);
    expect(answer.body['thread_ts']).toBeUndefined();
    expect(said(answer)).toContain('MG-BY-ND');
    expect(fake.delivered('/api/chat.postMessage').filter((r) => r.body['channel'] === channel)).toHaveLength(1);
  });
});

describe('threads as conversations', () => {
  async function inThread(text: string, thread: string, where: { user?: string; channel?: string } = {}, extra = {}): Promise<string> {
    const { ts, eventId } = fresh();
    expect((await send(app.url, eventCallback(eventId, threadReply(text, ts, thread, where, extra)), 'json')).status).toBe(200);
    return ts;
  }

  it('answers a reply in its thread without a new mention, as a follow-up of the question there', async () => {
    const { ts: thread, reply } = await mention('is MG-BY-NC revocable?');
    await reply;
    await inThread('what about MG-BY-ND?', thread);
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === thread && fake.shown('C_GENERAL', thread).length === 2);
    const followUp = fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === thread)[1]!;
    expect(said(followUp)).toContain('MG-BY-ND');
    expect(said(followUp)).toMatch(/revocable|revoke/i);
  });

  it('stays out of threads it did not answer in, and never answers bots or itself there', async () => {
    const { ts: thread, reply } = await mention('what is MG-BY-ND?');
    await reply;
    const foreign = await inThread('what about MG-BY-NC?', '1600000000.000001');
    await inThread('what about MG-BY-NC?', thread, { user: 'U_BOT' }, { bot_id: 'B_BOT' });
    await inThread('what about MG-BY-NC?', thread, { user: 'U_OTHERBOT' }, { bot_id: 'B_OTHER', subtype: 'bot_message' });
    // Events are handled in order: once a later reply is answered, the earlier ones had their turn.
    await inThread('and MG0?', thread);
    await fake.waitFor('/api/chat.postMessage', () => fake.shown('C_GENERAL', thread).length === 2);
    expect(fake.shown('C_GENERAL', '1600000000.000001')).toHaveLength(0);
    expect(fake.received.some((r) => r.body['thread_ts'] === foreign)).toBe(false);
  });

  it("keeps each person's conversation in a thread their own", async () => {
    const { ts: thread, reply } = await mention('is MG-BY-NC revocable?');
    await reply;
    await inThread('what about MG-BY-ND?', thread, { user: 'U_BOB' });
    await fake.waitFor('/api/chat.postMessage', () => fake.shown('C_GENERAL', thread).length === 2);
    const bobs = fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === thread)[1]!;
    expect(said(bobs)).not.toMatch(/MG-BY-NC/);
  });
});

describe('buttons', () => {
  it('"Share in channel" posts the same answer for everyone and removes the private one', async () => {
    const reply = await command('can I merge MG-BY-NC with MG-BY-OS?');
    const share = buttons(reply).find((b) => b.text.text === 'Share in channel')!;
    const { responseUrl } = fresh();
    await send(app.url, buttonClick({ actionId: share.action_id, value: share.value, responseUrl }), 'form');
    const shared = await fake.waitFor(new URL(responseUrl).pathname, (r) => r.body['response_type'] === 'in_channel');
    expect(said(shared)).toContain('MG-BY-NC-OS-2.0');
    expect(said(shared)).not.toContain('Share in channel');
    await fake.waitFor(new URL(responseUrl).pathname, (r) => r.body['delete_original'] === true);
  });

  it('a "did you mean" choice asks its question and answers it privately', async () => {
    const help = await command('help');
    const merge = buttons(help).find((b) => parseButton(b.value)?.question === 'can I merge MG-BY-NC with MG-BY-OS?')!;
    expect(merge).toBeDefined();
    const { responseUrl } = fresh();
    await send(app.url, buttonClick({ actionId: merge.action_id, value: merge.value, responseUrl }), 'form');
    const answer = await fake.waitFor(new URL(responseUrl).pathname);
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(said(answer)).toContain('MG-BY-NC-OS-2.0');
  });

  it('a choice under a threaded answer is answered in that thread', async () => {
    const { ts, reply } = await mention('license MG-BY-ND');
    const choice = buttons(await reply).find((b) => b.action_id.startsWith('modelgo_choice_'))!;
    const { responseUrl } = fresh();
    await send(
      app.url,
      buttonClick({ actionId: choice.action_id, value: choice.value, responseUrl, ephemeral: false, message: { ts: '1700000200.000001', thread_ts: ts } }),
      'form',
    );
    const answers = () => fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === ts);
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === ts && answers().length === 2);
    expect(said(answers()[1]!)).toContain('MG-BY-ND');
  });

  it('👎 goes to the feedback log with the question, without the raw user id, and is thanked once', async () => {
    const reply = await command('can I relicense a remix under GPL?');
    const down = buttons(reply).find((b) => b.text.text === '👎')!;
    const { responseUrl } = fresh();
    const click = buttonClick({ actionId: down.action_id, value: down.value, responseUrl, user: 'U_CAROL' });
    await send(app.url, click, 'form');
    const thanks = await fake.waitFor(new URL(responseUrl).pathname);
    expect(said(thanks)).toContain('Thanks');
    const lines = readFileSync(app.feedbackFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const vote = lines.find((l) => l['kind'] === 'thumbs-down');
    expect(vote).toMatchObject({ platform: 'slack', question: 'can I relicense a remix under GPL?' });
    expect(readFileSync(app.feedbackFile, 'utf8')).not.toContain('U_CAROL');

    // A second click (a new, differently signed request), not a replay of the first.
    await send(app.url, click, 'form', { timestamp: Math.floor(Date.now() / 1000) - 1 });
    await app.waitForLog((l) => l['msg'] === 'ignored a repeated vote');
    expect(readFileSync(app.feedbackFile, 'utf8').match(/thumbs-down/g)).toHaveLength(1);
  });
});

describe('requests that are not from Slack', () => {
  it('rejects a bad signature with 401', async () => {
    const res = await send(app.url, slashCommand('help', fresh().responseUrl), 'form', { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
  });

  it('rejects a replayed request with a stale timestamp with 401', async () => {
    const res = await send(app.url, slashCommand('help', fresh().responseUrl), 'form', { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(res.status).toBe(401);
  });

  it('answers GET /healthz for load balancers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});

describe('hostile but signed requests', () => {
  const refusals = () => app.logs.filter((l) => l['msg'] === 'refused a request to /slack/events');

  async function refused(body: string, contentType: 'form' | 'json', options = {}): Promise<{ status: number; reason: unknown }> {
    const before = refusals().length;
    const res = await send(app.url, body, contentType, options);
    await app.waitForLog(() => refusals().length > before);
    return { status: res.status, reason: refusals().at(-1)!['reason'] };
  }

  it('refuses a slash command replayed byte for byte, and answers it only once', async () => {
    const { responseUrl } = fresh();
    const body = slashCommand('license MG-BY-ND', responseUrl);
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await send(app.url, body, 'form', { timestamp })).status).toBe(200);
    expect(await refused(body, 'form', { timestamp })).toEqual({ status: 409, reason: 'replayed request' });
    await fake.waitFor(new URL(responseUrl).pathname);
    expect(fake.visible(new URL(responseUrl).pathname)).toHaveLength(1);
  });

  it('refuses a timestamp more than five minutes in the future', async () => {
    const future = Math.floor(Date.now() / 1000) + 3600;
    expect(await refused(slashCommand('help', fresh().responseUrl), 'form', { timestamp: future })).toMatchObject({ status: 401 });
  });

  it('refuses to answer to a response_url that is not Slack', async () => {
    const result = await refused(slashCommand('help', 'https://attacker.example/steal'), 'form');
    expect(result).toEqual({ status: 400, reason: 'response_url is not a Slack URL' });
    const click = buttonClick({ actionId: 'modelgo_choice_0', value: 'ask:2024:help', responseUrl: 'http://169.254.169.254/latest' });
    expect((await refused(click, 'form')).status).toBe(400);
  });

  it('answers a signed null, a non-object, and broken JSON with 400, and keeps serving', async () => {
    for (const body of ['null', '[1,2]', '42', '{"type":']) expect((await refused(body, 'json')).status).toBe(400);
    expect((await refused(`payload=${encodeURIComponent('null')}`, 'form')).status).toBe(400);
    expect((await command('license MG-BY-ND')).body['text']).toContain('MG-BY-ND');
  });

  it('answers a signed button payload with fields missing, or an event without its event, with 400', async () => {
    const payload = { type: 'block_actions', user: { id: 'U_ALICE' }, container: {}, response_url: fresh().responseUrl };
    const missingActions = await refused(`payload=${encodeURIComponent(JSON.stringify(payload))}`, 'form');
    expect(missingActions.status).toBe(400);
    expect(missingActions.reason).toMatch(/actions/);
    const noUser = await refused(`payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions' }))}`, 'form');
    expect(noUser.status).toBe(400);
    const envelope = JSON.stringify({ type: 'event_callback', event_id: 'EvBroken', team_id: 'T1' });
    expect((await refused(envelope, 'json')).status).toBe(400);
    expect(app.logs.some((l) => l['msg'] === 'slack listener failed' || l['msg'] === 'unhandled rejection')).toBe(false);
  });
});

describe('hostile input', () => {
  it('never lets <!channel>, <!everyone>, <!here> or a user mention from a question reach a reply', async () => {
    const nasty = 'what is MG-BY-<!channel>? <!everyone> <@U123> <!here|here> <#C999|secret> <!subteam^S1|devs> @channel & <b>';
    await command(nasty);
    await command(`license ${nasty}`);
    await (await mention(nasty)).reply;
    const dm = fresh();
    await send(app.url, eventCallback(dm.eventId, directMessage(nasty, dm.ts, { channel: 'D_NASTY' })), 'json');
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['channel'] === 'D_NASTY');
    for (const reply of fake.received) expect(mentionTokenIn(reply.body), said(reply)).toBeUndefined();
  });
});

describe('when the Slack API misbehaves', () => {
  it('waits out a 429 with Retry-After and answers once', async () => {
    fake.plan('/api/chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    const { ts, reply } = await mention('is MG-BY-NC revocable?');
    expect(said(await reply)).toMatch(/revocable/i);
    const attempts = fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body['thread_ts'] === ts);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.shown('C_GENERAL', ts)).toHaveLength(1);
  });

  it('rides out two 5xx and answers once', async () => {
    fake.plan('/api/chat.postMessage', { status: 500 }, { status: 502 });
    const { ts, reply } = await mention('what is MG-BY-ND?');
    expect(said(await reply)).toContain('MG-BY-ND');
    expect(fake.shown('C_GENERAL', ts)).toHaveLength(1);
  });

  it('answers once when the connection resets before Slack took the post', async () => {
    fake.plan('/api/chat.postMessage', { reset: 'before' });
    const { ts, reply } = await mention('what is MG-BY-NC?');
    expect(said(await reply)).toContain('MG-BY-NC');
    expect(fake.shown('C_GENERAL', ts)).toHaveLength(1);
  });

  it('posts once when the connection resets after Slack accepted the post: it reads the thread back first', async () => {
    fake.plan('/api/chat.postMessage', { reset: 'after' });
    const { ts } = await mention('what is MG-BY-OS?');
    await fake.waitFor('/api/conversations.replies', (r) => r.body['ts'] === ts);
    await app.waitForLog((l) => l['msg'] === 'answered' && fake.received.some((r) => r.path === '/api/conversations.replies' && r.body['ts'] === ts));
    expect(fake.shown('C_GENERAL', ts)).toHaveLength(1);
    expect(said(fake.delivered('/api/chat.postMessage').find((r) => r.body['thread_ts'] === ts)!)).toContain('MG-BY-OS');
  });

  it('posts once when Slack answers after the client stopped waiting (a timeout)', async () => {
    fake.plan('/api/chat.postMessage', { delayMs: 1500 });
    const dm = fresh();
    await send(app.url, eventCallback(dm.eventId, directMessage('what is MG-BY-RAI?', dm.ts, { channel: 'D_SLOW' })), 'json');
    await fake.waitFor('/api/conversations.history', (r) => r.body['channel'] === 'D_SLOW');
    await app.waitForLog(
      (l) => l['msg'] === 'answered' && fake.received.some((r) => r.path === '/api/conversations.history' && r.body['channel'] === 'D_SLOW'),
    );
    expect(fake.shown('D_SLOW')).toHaveLength(1);
  });

  it('gives up on Slack being down with one error line and keeps answering', async () => {
    fake.plan('/api/chat.postMessage', ...Array.from({ length: 7 }, () => ({ status: 500 })));
    const { ts } = await mention('what is MG-BY-ND?');
    const line = await app.waitForLog((l) => l['msg'] === 'gave up delivering the answer' && l['level'] === 50);
    expect(line['reason']).toBe('HTTP 500');
    await app.waitForLog((l) => l['msg'] === 'could not deliver the apology either');
    expect(fake.shown('C_GENERAL', ts)).toHaveLength(0);
    const { reply } = await mention('what is MG-BY-NC?');
    expect(said(await reply)).toContain('MG-BY-NC');
  });
});

describe('the response_url of a slash command', () => {
  async function commandWith(...replies: Parameters<FakeSlack['plan']>[1][]): Promise<string> {
    const { responseUrl } = fresh();
    const path = new URL(responseUrl).pathname;
    fake.plan(path, ...replies);
    await send(app.url, slashCommand('license MG-BY-ND', responseUrl), 'form');
    return path;
  }

  it('waits out a 429 with Retry-After and shows the answer once', async () => {
    const path = await commandWith({ status: 429, headers: { 'retry-after': '1' } });
    await fake.waitFor(path);
    expect(fake.received.filter((r) => r.path === path).map((r) => r.status)).toEqual([429, 200]);
    expect(fake.visible(path)).toHaveLength(1);
    expect(JSON.stringify(fake.visible(path)[0])).toContain('MG-BY-ND');
  });

  it('rides out a 500 and a reset before acceptance', async () => {
    const path = await commandWith({ status: 500 }, { reset: 'before' });
    await fake.waitFor(path);
    expect(fake.visible(path)).toHaveLength(1);
  });

  it('replaces rather than adds when retrying after a reset or a timeout, so the answer shows once', async () => {
    const reset = await commandWith({ reset: 'after' });
    const slow = await commandWith({ delayMs: 1500 });
    for (const path of [reset, slow]) {
      await fake.waitFor(path, (r) => r.body['replace_original'] === true);
      expect(fake.visible(path)).toHaveLength(1);
      expect(JSON.stringify(fake.visible(path)[0])).toContain('MG-BY-ND');
    }
  });

  it('gives up with one error line when the response_url keeps failing', async () => {
    const path = await commandWith(...Array.from({ length: 7 }, () => ({ status: 503 })));
    await app.waitForLog((l) => l['msg'] === 'gave up delivering the answer' && String(l['reason']).includes('503'));
    expect(fake.visible(path)).toHaveLength(0);
  });
});

describe('rate limit', () => {
  let limited: RunningApp;
  beforeAll(async () => {
    limited = await startApp(fake, { RATE_LIMIT_PER_MINUTE: '1' });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('answers a user who asks too fast politely instead of answering', async () => {
    const first = fresh();
    await send(limited.url, slashCommand('license MG-BY-ND', first.responseUrl, { user: 'U_FAST' }), 'form');
    expect(said(await fake.waitFor(new URL(first.responseUrl).pathname))).toContain('MG-BY-ND');
    const second = fresh();
    await send(limited.url, slashCommand('license MG-BY-ND', second.responseUrl, { user: 'U_FAST' }), 'form');
    expect(said(await fake.waitFor(new URL(second.responseUrl).pathname))).toContain(en.notices.rateLimited.slice(0, 40));
    const other = fresh();
    await send(limited.url, slashCommand('license MG-BY-ND', other.responseUrl, { user: 'U_SLOW' }), 'form');
    expect(said(await fake.waitFor(new URL(other.responseUrl).pathname))).toContain('MG-BY-ND');
  });
});
