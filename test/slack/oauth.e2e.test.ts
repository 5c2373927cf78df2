import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eDatabase, e2eDatabase } from '../store/e2e-database.js';
import { FakeSlack, installedToken } from './fake-slack.js';
import { installThroughOAuth } from './oauth-flow.js';
import { type RunningApp, startApp } from './running-app.js';
import { appMention, eventCallback, send } from './slack-requests.js';

const OAUTH = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111111111.2222222222',
  SLACK_CLIENT_SECRET: 'client-secret-for-tests',
  SLACK_STATE_SECRET: 'state-secret-for-the-tests',
  INSTALLATION_ENCRYPTION_KEY: 'cd'.repeat(32),
};

describe('installs in many workspaces through OAuth (real Bolt app, fake Slack, shared PostgreSQL)', () => {
  let fake: FakeSlack;
  let db: E2eDatabase;
  let running: RunningApp;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    db = await e2eDatabase();
    running = await startApp(fake, OAUTH, { store: await db.openStore() });
    // Starting PGlite and loading the bot take a while on a busy machine; a bound on a hang, not a speed test.
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    await db?.close();
    await fake?.close();
  });

  const postsWith = (token: string) => fake.delivered('/api/chat.postMessage').filter((r) => r.headers.authorization === `Bearer ${token}`);

  it("installs two workspaces through the install page and Slack's redirect, exchanging the code at SLACK_API_URL", async () => {
    for (const team of ['T1', 'T2']) {
      const done = await installThroughOAuth(running.url, team);
      expect(done.status).toBe(200);
    }
    expect(fake.delivered('/api/oauth.v2.access').map((r) => r.body['code'])).toEqual(['code-T1', 'code-T2']);
    const rows = await db.sql.query<{ team_id: string }>(`SELECT team_id FROM "${db.schema}".slack_installations ORDER BY team_id`);
    expect(rows.map((r) => r.team_id)).toEqual(['T1', 'T2']);
  });

  it('answers each workspace with its own token', async () => {
    await send(running.url, eventCallback('EvT1', appMention('is MG-BY-NC revocable?', '1700000100.000100'), 'T1'), 'json');
    await send(running.url, eventCallback('EvT2', appMention('is MG-BY-ND revocable?', '1700000100.000200'), 'T2'), 'json');
    const inT1 = await fake.waitFor('/api/chat.postMessage', (r) => r.headers.authorization === `Bearer ${installedToken('T1')}`);
    const inT2 = await fake.waitFor('/api/chat.postMessage', (r) => r.headers.authorization === `Bearer ${installedToken('T2')}`);
    expect(JSON.stringify(inT1.body)).toContain('MG-BY-NC');
    expect(JSON.stringify(inT2.body)).toContain('MG-BY-ND');
  });

  it('keeps no plain token at rest', async () => {
    const rows = await db.sql.query<Record<string, unknown>>(`SELECT * FROM "${db.schema}".slack_installations`);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const stored = JSON.stringify(row);
      expect(stored).not.toContain('xoxb-');
      expect(stored).not.toContain('installed-token');
      expect(String(row['sealed'])).toMatch(/^v1\./);
    }
  });

  it('deletes the installation when a workspace uninstalls, and never posts with its token again', async () => {
    await send(running.url, eventCallback('EvUninstall', { type: 'app_uninstalled', event_ts: '1700000200.000100' }, 'T2'), 'json');
    await running.waitForLog((line) => line['msg'] === 'forgot a workspace' && line['team'] === 'T2');
    const rows = await db.sql.query<{ team_id: string }>(`SELECT team_id FROM "${db.schema}".slack_installations`);
    expect(rows.map((r) => r.team_id)).toEqual(['T1']);

    const before = postsWith(installedToken('T2')).length;
    await send(running.url, eventCallback('EvT2-after', appMention('is MG-BY-ND revocable?', '1700000300.000100'), 'T2'), 'json');
    await running.waitForLog((line) => JSON.stringify(line).includes('Authorization of incoming event did not succeed'));
    // The other workspace is still answered, after the refused event.
    await send(running.url, eventCallback('EvT1-after', appMention('is MG-BY revocable?', '1700000300.000200'), 'T1'), 'json');
    await fake.waitFor(
      '/api/chat.postMessage',
      (r) =>
        JSON.stringify(r.body).includes('MG-BY') && r.headers.authorization === `Bearer ${installedToken('T1')}` && r.body['thread_ts'] === '1700000300.000200',
    );
    expect(postsWith(installedToken('T2'))).toHaveLength(before);
  });

  it('deletes the installation when the bot token is revoked', async () => {
    await send(running.url, eventCallback('EvRevoke', { type: 'tokens_revoked', tokens: { bot: ['U_BOT'] }, event_ts: '1700000400.000100' }, 'T1'), 'json');
    await running.waitForLog((line) => line['msg'] === 'forgot a workspace' && line['team'] === 'T1');
    expect(await db.sql.query(`SELECT 1 FROM "${db.schema}".slack_installations`)).toHaveLength(0);
  });
});
