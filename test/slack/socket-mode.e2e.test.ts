import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention } from './slack-requests.js';

let fake: FakeSlack;
let app: RunningApp;

beforeAll(async () => {
  fake = await FakeSlack.start();
  app = await startApp(fake, { SLACK_APP_TOKEN: 'xapp-1-test', PORT: '' });
});

afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

describe('Socket Mode (SLACK_APP_TOKEN set, no public URL)', () => {
  it('connects through apps.connections.open and answers a slash command and a mention', async () => {
    expect(app.slack.mode).toBe('socket');
    const command = {
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C_GENERAL',
      user_id: 'U_ALICE',
      command: '/modelgo',
      text: 'can I merge MG-BY-NC with MG-BY-OS?',
      api_app_id: 'A1',
      response_url: fake.responseUrl('socket-1'),
      trigger_id: '1.2.3',
    };
    const ack = await fake.sendEnvelope('slash_commands', command, 'envelope-1');
    expect(ack['envelope_id']).toBe('envelope-1');
    expect(JSON.stringify((await fake.waitFor('/response/socket-1')).body)).toContain('MG-BY-NC-OS-2.0');

    const event = {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvSocket1',
      event_time: 1700000000,
      authorizations: [{ team_id: 'T1', user_id: 'U_BOT', is_bot: true }],
      event: appMention('what is MG-BY-ND?', '1700000300.000001'),
    };
    await fake.sendEnvelope('events_api', event, 'envelope-2');
    const reply = await fake.waitFor('/api/chat.postMessage', (r) => r.body['thread_ts'] === '1700000300.000001');
    expect(JSON.stringify(reply.body)).toContain('MG-BY-ND');
  });
});
