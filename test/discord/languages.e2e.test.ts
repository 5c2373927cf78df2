import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDiscordBot } from '../../src/adapters/discord/discord-bot.js';
import { catalogue } from '../../src/core/answer/messages/catalogue.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { FeedbackLog } from '../../src/runtime/feedback-log.js';
import { createLogger } from '../../src/runtime/logger.js';
import { LANGUAGE_CONVERSATIONS } from '../fixtures/language-conversations.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { channelMessage, replyInChannel, user } from './payloads.js';
import { startTestBot } from './running-bot.js';

let fake: FakeDiscord;
let running: RunningDiscordBot;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const feedback = new FeedbackLog(join(mkdtempSync(join(tmpdir(), 'modelgo-discord-lang-')), 'feedback.jsonl'));
  running = await startTestBot(fake, { bot: createBot('2024'), log: createLogger('silent'), feedback, rateLimitPerMinute: 100 });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

async function say(message: { id: string }): Promise<RecordedRequest> {
  fake.dispatch('MESSAGE_CREATE', message);
  return fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === message.id, `reply to message ${message.id}`);
}

/** Everything a user can read in the reply: its embeds and its button labels. */
function shown(req: RecordedRequest): string {
  return JSON.stringify([(req.body.data ?? req.body).embeds, (req.body.data ?? req.body).components]);
}

describe('a Discord conversation in Chinese or Spanish', () => {
  it.each(Object.entries(LANGUAGE_CONVERSATIONS))(
    '%s: a mention, then four replies to the answers, each answered in that language',
    async (language, { disclaimer, turns }) => {
      const alice = user();
      let message: { id: string } = channelMessage(turns[0]!.q, { from: alice });
      for (const [i, turn] of turns.entries()) {
        if (i > 0) {
          const answer = fake.created.find((m) => m.message_reference?.message_id === message.id)!;
          message = replyInChannel(turn.q, answer, { from: alice });
        }
        const reply = shown(await say(message));
        expect(reply).toMatch(turn.shows);
        expect(reply).toMatch(disclaimer);
        expect(reply).toContain(catalogue(language as 'zh' | 'es').discord.why);
      }
    },
  );
});
