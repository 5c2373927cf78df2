import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/adapters/slack/blocks.js';
import { ASK_ABOUT_MESSAGE } from '../../src/adapters/slack/message-shortcut.js';
import { en } from '../../src/core/answer/messages/en.js';
import { blockKitProblems, mentionTokenIn } from './block-limits.js';
import { eventually, FakeSlack, type Received } from './fake-slack.js';
import { type RunningApp, startApp, testBot } from './running-app.js';
import { appMention, buttonClick, directMessage, eventCallback, send, slashCommand } from './slack-requests.js';

let fake: FakeSlack;
let app: RunningApp;

beforeAll(async () => {
  fake = await FakeSlack.start();
  app = await startApp(fake, { RATE_LIMIT_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

type Button = { action_id: string; value: string; text: { text: string } };

function buttons(blocks: unknown): Button[] {
  return (blocks as { type: string; elements?: Button[] }[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

function buttonNamed(r: Received, label: string): Button {
  const found = buttons(r.body['blocks']).find((b) => b.text.text === label);
  expect(found, `a "${label}" button`).toBeDefined();
  return found!;
}

let counter = 0;
function fresh(): { ts: string; eventId: string; responseUrl: string; path: string } {
  counter += 1;
  const responseUrl = fake.responseUrl(`entry${counter}`);
  return { ts: `1700000200.${String(counter).padStart(6, '0')}`, eventId: `EvEntry${counter}`, responseUrl, path: new URL(responseUrl).pathname };
}

async function command(text: string): Promise<Received> {
  const { responseUrl, path } = fresh();
  expect((await send(app.url, slashCommand(text, responseUrl), 'form')).status).toBe(200);
  return fake.waitFor(path);
}

async function click(
  actionId: string,
  value: string,
  extra: { ephemeral?: boolean; message?: { ts: string; thread_ts?: string } } = {},
): Promise<{ path: string }> {
  const { responseUrl, path } = fresh();
  expect((await send(app.url, buttonClick({ actionId, value, responseUrl, ...extra }), 'form')).status).toBe(200);
  return { path };
}

/** A payload Slack sends for interactions that are not message buttons, form-encoded. */
function interaction(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The first line of the details the bot gives for `question`: what "Why?" must show. */
function detailsOf(question: string): string {
  const details = testBot().ask(question).details;
  expect(details, `details for "${question}"`).toBeTruthy();
  return details!.split('\n')[0]!;
}

/** Text as Slack mrkdwn carries it: the bot escapes &, < and >. */
function escaped(text: string): string {
  return JSON.stringify(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).slice(1, -1);
}

function feedbackLines(): Array<Record<string, unknown>> {
  try {
    return readFileSync(app.feedbackFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch {
    return [];
  }
}

describe('"Why?" under an answer', () => {
  it('is shown only when the answer has details', () => {
    const answer = testBot().ask('license MG-BY-ND');
    const labels = (details: string | null, detailsId?: string) =>
      buttons(renderAnswer({ ...answer, details }, { shareable: true, detailsId }).blocks).map((b) => b.text.text);
    expect(labels('The long version.', 'abc123')).toContain('Why?');
    expect(labels(null)).not.toContain('Why?');
    expect(blockKitProblems(renderAnswer({ ...answer, details: 'x'.repeat(5000) }, { shareable: true, detailsId: 'abc123' }))).toEqual([]);
  });

  it('under a /modelgo answer shows the details privately', async () => {
    const reply = await command('can I merge MG-BY-NC with MG-BY-OS?');
    const why = buttonNamed(reply, 'Why?');
    expect(why.value.length).toBeLessThanOrEqual(2000);
    const { path } = await click(why.action_id, why.value);
    const details = await fake.waitFor(path);
    expect(details.body['response_type']).toBe('ephemeral');
    expect(JSON.stringify(details.body)).toContain(escaped(detailsOf('can I merge MG-BY-NC with MG-BY-OS?')));
    expect(blockKitProblems(details.body)).toEqual([]);
  });

  it('under an answer in a thread posts the details in that thread', async () => {
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, appMention('license MG-BY-ND', ts)), 'json');
    const answer = await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === ts);
    const why = buttonNamed(answer, 'Why?');
    await click(why.action_id, why.value, { ephemeral: false, message: { ts: `${ts}1`, thread_ts: ts } });
    const expected = escaped(detailsOf('license MG-BY-ND'));
    const details = await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === ts && JSON.stringify(r.body).includes(expected));
    expect(details.body['channel']).toBe('C_GENERAL');
  });

  it('says politely when the answer is no longer remembered', async () => {
    const { path } = await click('modelgo_details', 'not-a-known-id');
    expect(JSON.stringify((await fake.waitFor(path)).body)).toContain(en.slack.detailsGone);
  });
});

describe('"Share in channel"', () => {
  it('says who shared the answer', async () => {
    const reply = await command('what is MG-BY-ND?');
    const share = buttonNamed(reply, 'Share in channel');
    const { path } = await click(share.action_id, share.value);
    const shared = await fake.waitFor(path, (r) => r.body['response_type'] === 'in_channel');
    expect(JSON.stringify(shared.body['blocks'])).toContain('Shared by alice');
  });

  it("cannot be made to ping by a sharer's name", () => {
    const shared = renderAnswer(testBot().ask('what is MG0?'), { shareable: false, sharedBy: '<!channel> @here eve' });
    expect(mentionTokenIn(shared.blocks)).toBeUndefined();
    expect(JSON.stringify(shared.blocks)).not.toMatch(/@here/);
  });
});

describe('the App Home tab', () => {
  it('publishes what the bot does with example buttons, and an example answers in the DM', async () => {
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, { type: 'app_home_opened', user: 'U_CAROL', channel: 'D_CAROL', tab: 'home', event_ts: ts }), 'json');
    const published = await fake.waitFor('/api/views.publish', (r) => r.body['user_id'] === 'U_CAROL');
    const view = JSON.parse(published.body['view'] as string) as { type: string; blocks: Array<{ type: string; text?: { text: string } }> };
    expect(view.type).toBe('home');
    expect(view.blocks[0]!.type).toBe('header');
    expect(JSON.stringify(view.blocks)).toContain('ModelGo');
    const examples = buttons(view.blocks);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.map((b) => b.value)).toEqual(
      testBot()
        .ask('help')
        .card.choices.slice(0, examples.length)
        .map((c) => c.question),
    );

    const example = examples.find((b) => /merge/i.test(b.value)) ?? examples[0]!;
    const payload = {
      type: 'block_actions',
      team: { id: 'T1', domain: 'fake' },
      user: { id: 'U_CAROL', username: 'carol', name: 'carol', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy-verification-token',
      trigger_id: '1.2.3',
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home', private_metadata: 'D_CAROL', blocks: view.blocks },
      actions: [
        {
          type: 'button',
          action_id: example.action_id,
          block_id: 'b1',
          value: example.value,
          text: { type: 'plain_text', text: 'x' },
          action_ts: '1700000001.0',
        },
      ],
    };
    expect((await send(app.url, interaction(payload), 'form')).status).toBe(200);
    const answer = await fake.waitFor('/api/chat.postMessage', (r) => r.body['channel'] === 'D_CAROL');
    expect(answer.body['thread_ts']).toBeUndefined();
    expect(answer.body['text']).toBe(testBot().ask(example.value).text);
  });

  it('publishes once for the Home tab, not for the Messages tab', async () => {
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, { type: 'app_home_opened', user: 'U_DAVE', channel: 'D_DAVE', tab: 'messages', event_ts: ts }), 'json');
    // The home tab opened afterwards is published: by then the messages-tab event has been handled.
    const next = fresh();
    await send(app.url, eventCallback(next.eventId, { type: 'app_home_opened', user: 'U_DAVE', channel: 'D_DAVE', tab: 'home', event_ts: next.ts }), 'json');
    await fake.waitFor('/api/views.publish', (r) => r.body['user_id'] === 'U_DAVE');
    expect(fake.received.filter((r) => r.path === '/api/views.publish' && r.body['user_id'] === 'U_DAVE')).toHaveLength(1);
  });
});

describe('the "Ask ModelGo about this message" shortcut', () => {
  function shortcut(text: string | undefined, responseUrl: string): string {
    return interaction({
      type: 'message_action',
      callback_id: ASK_ABOUT_MESSAGE,
      trigger_id: '1.2.3',
      message_ts: '1700000000.000500',
      response_url: responseUrl,
      message: { type: 'message', user: 'U_BOB', ts: '1700000000.000500', ...(text === undefined ? {} : { text }) },
      user: { id: 'U_ALICE', name: 'alice', team_id: 'T1' },
      channel: { id: 'C_GENERAL', name: 'general' },
      team: { id: 'T1', domain: 'fake' },
      token: 'legacy-verification-token',
      action_ts: '1700000001.0',
    });
  }

  it('answers the message\'s text privately, with "Share in channel"', async () => {
    const { responseUrl, path } = fresh();
    expect((await send(app.url, shortcut('can I merge MG-BY-NC with MG-BY-OS?', responseUrl), 'form')).status).toBe(200);
    const reply = await fake.waitFor(path);
    expect(reply.body['response_type']).toBe('ephemeral');
    expect(reply.body['text']).toContain('MG-BY-NC-OS-2.0');
    buttonNamed(reply, 'Share in channel');
  });

  it('says so when the message has no text', async () => {
    const { responseUrl, path } = fresh();
    await send(app.url, shortcut(undefined, responseUrl), 'form');
    expect(JSON.stringify((await fake.waitFor(path)).body)).toContain(en.slack.noText);
  });
});

describe('the assistant pane', () => {
  it('offers the help examples as suggested prompts, and answers a message in the pane in its thread', async () => {
    const thread = '1700000300.000001';
    const started = fresh();
    await send(
      app.url,
      eventCallback(started.eventId, {
        type: 'assistant_thread_started',
        event_ts: started.ts,
        assistant_thread: { user_id: 'U_ERIN', context: {}, channel_id: 'D_ERIN', thread_ts: thread },
      }),
      'json',
    );
    const prompts = await fake.waitFor('/api/assistant.threads.setSuggestedPrompts', (r) => r.body['channel_id'] === 'D_ERIN');
    expect(prompts.body['thread_ts']).toBe(thread);
    const offered = (typeof prompts.body['prompts'] === 'string' ? JSON.parse(prompts.body['prompts']) : prompts.body['prompts']) as Array<{ message: string }>;
    expect(offered.map((p) => p.message)).toEqual(
      testBot()
        .ask('help')
        .card.choices.slice(0, 4)
        .map((c) => c.question),
    );

    const asked = fresh();
    await send(
      app.url,
      eventCallback(asked.eventId, directMessage('what is MG-BY-ND?', asked.ts, { user: 'U_ERIN', channel: 'D_ERIN' }, { thread_ts: thread })),
      'json',
    );
    const answer = await fake.waitFor('/api/chat.postMessage', (r) => r.body['channel'] === 'D_ERIN');
    expect(answer.body['thread_ts']).toBe(thread);
    expect(answer.body['text']).toContain('MG-BY-ND-2.0');
  });
});

describe("the bot's own suggestions", () => {
  it('are logged as asked from a suggestion, so `report` does not count them as misses; typed questions are', async () => {
    const question = 'zqx vlorp frandish?';
    const misses = () => feedbackLines().filter((l) => l['question'] === question);
    await click('modelgo_choice_0', `ask:2024:${question}`);
    await eventually(() => misses().length === 1, 8000, 'the logged miss of the click');
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, directMessage(question, ts)), 'json');
    await eventually(() => misses().length === 2, 8000, 'the logged miss of the typed question');
    expect(misses().map((l) => l['suggestion'] ?? false)).toEqual([true, false]);
  });
});
