import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixPng } from '../../src/runtime/matrix-image.js';
import { kb } from '../helpers.js';
import { eventually, FakeSlack } from './fake-slack.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention, directMessage, eventCallback, send, slashCommand } from './slack-requests.js';

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

const TABLE_QUESTION = 'show me the compatibility table for MG-BY-NC and MG-BY-OS';
const PAIR_PNG = () => matrixPng(kb, { edition: '2024', highlight: ['MG-BY-NC-2.0', 'MG-BY-OS-2.0'] });

let counter = 0;
function fresh(): { ts: string; eventId: string } {
  counter += 1;
  return { ts: `1700000200.${String(counter).padStart(6, '0')}`, eventId: `EvP${counter}` };
}

async function fileIn(channel: string, thread?: string) {
  await eventually(() => fake.files.some((f) => f.channel === channel && f.thread_ts === thread), 8000, `a file in ${channel}`);
  return fake.files.filter((f) => f.channel === channel && f.thread_ts === thread);
}

describe('the compatibility table in Slack', () => {
  it('answers a mention in its thread and uploads the picture of the pair into that thread', async () => {
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, appMention(TABLE_QUESTION, ts, { channel: 'C_PICS' })), 'json');
    const [file, ...more] = await fileIn('C_PICS', ts);
    expect(more).toEqual([]);
    expect(file!.filename).toBe('modelgo-matrix-2024-mg-by-nc+mg-by-os.png');
    expect(file!.title).toBe('ModelGo remix compatibility table (2024 edition)');
    expect(file!.bytes.equals(PAIR_PNG())).toBe(true);
    expect(fake.posted.filter((p) => p.channel === 'C_PICS' && p.thread_ts === ts)).toHaveLength(1);
  });

  it('uploads into the DM a question came from', async () => {
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, directMessage('show me the compatibility table', ts, { channel: 'D_PICS' })), 'json');
    const [file] = await fileIn('D_PICS');
    expect(file!.filename).toBe('modelgo-matrix-2024.png');
    expect(file!.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it("sends the picture of a private /modelgo answer to the asker's DM, not into the channel", async () => {
    const responseUrl = fake.responseUrl('pics-1');
    await send(app.url, slashCommand(TABLE_QUESTION, responseUrl, { user: 'U_CAROL', channel: 'C_OPEN' }), 'form');
    await fake.waitFor('/response/pics-1');
    const [file] = await fileIn('DU_CAROL');
    expect(file!.bytes.equals(PAIR_PNG())).toBe(true);
    expect(fake.files.some((f) => f.channel === 'C_OPEN')).toBe(false);
  });

  it('retries a failed upload without posting the answer twice', async () => {
    fake.plan('/api/files.completeUploadExternal', { status: 500 });
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, appMention(TABLE_QUESTION, ts, { channel: 'C_RETRY' })), 'json');
    const files = await fileIn('C_RETRY', ts);
    expect(files).toHaveLength(1);
    expect(fake.received.filter((r) => r.path === '/api/files.completeUploadExternal').length).toBeGreaterThanOrEqual(2);
    expect(fake.posted.filter((p) => p.channel === 'C_RETRY')).toHaveLength(1);
  });

  it('uploads nothing for answers without a picture', async () => {
    const { ts, eventId } = fresh();
    await send(app.url, eventCallback(eventId, appMention('is MG-BY-NC revocable?', ts, { channel: 'C_TEXT' })), 'json');
    await fake.waitFor('/api/chat.postMessage', (r) => r.body['channel'] === 'C_TEXT');
    await app.waitForLog((l) => l['msg'] === 'answered' && l['intent'] === 'grant');
    expect(fake.files.some((f) => f.channel === 'C_TEXT')).toBe(false);
  });
});
