import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDiscordBot } from '../../src/adapters/discord/discord-bot.js';
import { createBot } from '../../src/runtime/create-bot.js';
import { FeedbackLog } from '../../src/runtime/feedback-log.js';
import { createLogger } from '../../src/runtime/logger.js';
import { matrixPng } from '../../src/runtime/matrix-image.js';
import { kb } from '../helpers.js';
import { tempDir } from '../reliability/run-cli.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { channelMessage, directMessage, slashCommand } from './payloads.js';
import { startTestBot } from './running-bot.js';

const TABLE_QUESTION = 'show me the compatibility table for MG-BY-NC and MG-BY-OS';
const PAIR_NAME = 'modelgo-matrix-2024-mg-by-nc_mg-by-os.png';

let fake: FakeDiscord;
let running: RunningDiscordBot;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  running = await startTestBot(fake, {
    bot: createBot('2024'),
    log: createLogger('silent', { write: () => undefined }),
    feedback: new FeedbackLog(`${tempDir()}/feedback.jsonl`),
    rateLimitPerMinute: 100,
  });
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

function replyTo(messageId: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId, `reply to message ${messageId}`);
}

/** The attached files, their metadata (alt text) and the embed image that shows them. */
function picture(req: RecordedRequest) {
  const payload = req.body.data ?? req.body;
  return {
    files: req.files ?? [],
    attachments: payload.attachments as Array<{ id: string; description?: string }>,
    image: payload.embeds[0].image?.url as string | undefined,
  };
}

describe('the compatibility table on Discord', () => {
  const png = () => matrixPng(kb, { edition: '2024', highlight: ['MG-BY-NC-2.0', 'MG-BY-OS-2.0'] });

  it("attaches the PNG to the reply to a mention and shows it in the answer's embed", async () => {
    const asked = channelMessage(TABLE_QUESTION);
    fake.dispatch('MESSAGE_CREATE', asked);
    const { files, attachments, image } = picture(await replyTo(asked.id));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe(PAIR_NAME);
    expect(files[0]!.bytes.equals(png())).toBe(true);
    expect(attachments.map((a) => a.description)).toEqual(['ModelGo remix compatibility table (2024 edition)']);
    expect(image).toBe(`attachment://${PAIR_NAME}`);
  });

  it('attaches it to the /modelgo reply, in one callback', async () => {
    const command = slashCommand('ask', { question: TABLE_QUESTION });
    fake.dispatch('INTERACTION_CREATE', command);
    const callback = await fake.callbackFor(command.id);
    expect(callback.body.type).toBe(4);
    expect(picture(callback).files.map((f) => f.name)).toEqual([PAIR_NAME]);
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${command.id}/`))).toHaveLength(1);
  });

  it('attaches the whole table to a DM reply when no pair is named', async () => {
    const asked = directMessage('show me the compatibility table');
    fake.dispatch('MESSAGE_CREATE', asked);
    const { files, image } = picture(await replyTo(asked.id));
    expect(files.map((f) => f.name)).toEqual(['modelgo-matrix-2024.png']);
    expect(files[0]!.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(image).toBe('attachment://modelgo-matrix-2024.png');
  });

  it('sends other answers as plain JSON, with nothing attached', async () => {
    const asked = channelMessage('is MG-BY-NC revocable?');
    fake.dispatch('MESSAGE_CREATE', asked);
    const reply = await replyTo(asked.id);
    expect(reply.files).toBeUndefined();
    expect(reply.headers['content-type']).toContain('application/json');
  });
});
