import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/answer/messages/catalogue.js';
import { LANGUAGE_CONVERSATIONS } from '../fixtures/language-conversations.js';
import { FakeSlack, type Received } from './fake-slack.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention, eventCallback, send, threadReply } from './slack-requests.js';

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

let counter = 0;
function fresh(): { ts: string; eventId: string } {
  counter += 1;
  return { ts: `1700000900.${String(counter).padStart(6, '0')}`, eventId: `EvLang${counter}` };
}

/** The n-th answer the bot posted in a thread, once it is there. */
async function answerInThread(thread: string, n: number): Promise<Received> {
  await fake.waitFor('/api/chat.postMessage', () => fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === thread).length >= n);
  return fake.delivered('/api/chat.postMessage').filter((r) => r.body['thread_ts'] === thread)[n - 1]!;
}

describe('a Slack thread in Chinese or Spanish', () => {
  it.each(Object.entries(LANGUAGE_CONVERSATIONS))(
    '%s: five turns in one thread, each answered in that language with its buttons',
    async (language, { disclaimer, turns }) => {
      const [first, ...rest] = turns;
      const { ts: thread, eventId } = fresh();
      expect((await send(app.url, eventCallback(eventId, appMention(first!.q, thread, { user: `U_${language}` })), 'json')).status).toBe(200);
      for (const [i, turn] of [first!, ...rest].entries()) {
        if (i > 0) {
          const { ts, eventId: id } = fresh();
          expect((await send(app.url, eventCallback(id, threadReply(turn.q, ts, thread, { user: `U_${language}` })), 'json')).status).toBe(200);
        }
        const answer = await answerInThread(thread, i + 1);
        const shown = JSON.stringify(answer.body);
        expect(shown).toMatch(turn.shows);
        expect(shown).toMatch(disclaimer);
      }
      // The buttons under an answer speak the language too.
      const last = JSON.stringify((await answerInThread(thread, turns.length)).body);
      expect(last).toContain(catalogue(language as 'zh' | 'es').slack.why);
    },
  );
});
