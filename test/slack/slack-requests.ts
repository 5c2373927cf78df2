import { createHmac } from 'node:crypto';

/** The signing secret every test app and request share. */
export const SECRET = 'test-signing-secret-42';

/** Slack's request signature: v0= HMAC-SHA256 of "v0:<timestamp>:<raw body>". */
export function signHeaders(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SECRET): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** POSTs a signed request to the app's /slack/events, as Slack does. */
export async function send(appUrl: string, body: string, contentType: 'form' | 'json', options: SendOptions = {}): Promise<Response> {
  return fetch(`${appUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
      ...signHeaders(body, options.timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}

export interface Where {
  user?: string;
  channel?: string;
  team?: string;
}

/** A `/modelgo <text>` slash command payload, answered through `responseUrl`. */
export function slashCommand(text: string, responseUrl: string, { user = 'U_ALICE', channel = 'C_GENERAL', team = 'T1' }: Where = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: team,
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: 'alice',
    command: '/modelgo',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** An Events API envelope around `event`. */
export function eventCallback(eventId: string, event: Record<string, unknown>, team = 'T1'): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: team, user_id: 'U_BOT', is_bot: true, is_enterprise_install: false }],
    event,
  });
}

export function appMention(text: string, ts: string, { user = 'U_ALICE', channel = 'C_GENERAL' }: Where = {}, threadTs?: string): Record<string, unknown> {
  return { type: 'app_mention', user, text: `<@U_BOT> ${text}`, ts, channel, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) };
}

export function directMessage(
  text: string,
  ts: string,
  { user = 'U_ALICE', channel = 'D_ALICE' }: Where = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', user, text, ts, channel, event_ts: ts, ...extra };
}

export interface Click {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  user?: string;
  /** A click in an ephemeral message (slash command answers) carries no `message`. */
  ephemeral?: boolean;
  message?: { ts: string; thread_ts?: string };
}

/** A block_actions payload for a button click, form-encoded as Slack sends it. */
export function buttonClick({ actionId, value, responseUrl, channel = 'C_GENERAL', user = 'U_ALICE', ephemeral = true, message }: Click): string {
  const messageTs = message?.ts ?? '1700000000.000100';
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'fake' },
    user: { id: user, username: 'alice', name: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: '1.2.3',
    response_url: responseUrl,
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: ephemeral },
    channel: { id: channel, name: 'general' },
    ...(ephemeral ? {} : { message: { type: 'message', user: 'U_BOT', bot_id: 'B_BOT', text: 'answer', ...message, ts: messageTs } }),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.0' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A message in a channel thread (`message.channels`), as people reply in a thread without mentioning anyone. */
export function threadReply(
  text: string,
  ts: string,
  threadTs: string,
  { user = 'U_ALICE', channel = 'C_GENERAL' }: Where = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: 'message', channel_type: 'channel', user, text, ts, thread_ts: threadTs, channel, event_ts: ts, ...extra };
}
