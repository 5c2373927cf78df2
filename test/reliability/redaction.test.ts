import { describe, expect, it } from 'vitest';
import { createLogger, hashUser, type Logger } from '../../src/runtime/logger.js';

const SLACK_BOT = 'xoxb-2210535565-7294839012345-Zq8sT0kenS3cretAbcDef';
const SLACK_APP = 'xapp-1-A05TQ2M3K9P-6011234567890-0f3c9d2b7e5a4c1d8e6f';
const SLACK_USER = 'xoxp-2210535565-7294839012-7294839099-1a2b3c4d5e6f';
const DISCORD = 'MTA4NDIyNjM4MTkxMTc1NjgwMA.GxYz12.s3cretDiscordTokenAbcdefghijklmnopqrst';
const BEARER = 'ya29.a0AfB_byC-s3cretBearerValue';
const TOKENS = [SLACK_BOT, SLACK_APP, SLACK_USER, DISCORD, BEARER];

/** A logger writing into memory, as the adapters' logger writes to stdout. */
function memoryLogger(): { log: Logger; output: () => string } {
  const lines: string[] = [];
  return { log: createLogger('trace', { write: (line: string) => void lines.push(line) }), output: () => lines.join('') };
}

describe('logs never contain a token', () => {
  it.each<[string, (log: Logger) => void]>([
    ['under a secret key', (log) => log.info({ token: SLACK_BOT, appToken: SLACK_APP, signingSecret: 'x' }, 'starting')],
    ['under any other key', (log) => log.info({ config: { SLACK_BOT_TOKEN: SLACK_BOT, DISCORD_TOKEN: DISCORD } }, 'config loaded')],
    ['in the message', (log) => log.warn(`connecting with ${SLACK_BOT} and ${SLACK_APP}`)],
    ['in format arguments', (log) => log.info('token %s, user token %s', DISCORD, SLACK_USER)],
    ['in an Authorization header', (log) => log.debug({ headers: { authorization: `Bearer ${BEARER}` } }, 'request')],
    [
      'in a capitalised nested header',
      (log) => log.debug({ request: { url: '/api/chat.postMessage', headers: { Authorization: `Bearer ${SLACK_BOT}` } } }, 'request'),
    ],
    ['in a raw header line', (log) => log.error(`HTTP 401 for request with "Authorization: Bearer ${BEARER}"`)],
    ['in a Discord bot header', (log) => log.error({ sent: `Authorization: Bot ${DISCORD}` }, 'REST call failed')],
    ['in an error message', (log) => log.error({ err: new Error(`An API error occurred: invalid_auth (${SLACK_BOT})`) }, 'Slack refused')],
    ['in an error logged on its own', (log) => log.error(new Error(`login failed for ${DISCORD}`))],
    ['in an array', (log) => log.info({ tried: [SLACK_APP, { token: SLACK_BOT }] }, 'fallbacks')],
    ["in a child logger's bindings", (log) => log.child({ token: SLACK_BOT, connection: `socket ${SLACK_APP}` }).info('connected')],
    ['deep inside an object', (log) => log.info({ a: { b: { c: { d: { e: { f: SLACK_BOT } } } } } }, 'deep')],
  ])('%s', (_, write) => {
    const { log, output } = memoryLogger();
    write(log);
    const text = output();
    expect(text).not.toBe('');
    for (const token of TOKENS) expect(text).not.toContain(token);
  });

  it('still says what happened, with the secret replaced', () => {
    const { log, output } = memoryLogger();
    log.error({ err: new Error(`invalid_auth for ${SLACK_BOT}`) }, 'Slack refused the token');
    const line = JSON.parse(output()) as { msg: string; err: { message: string } };
    expect(line.msg).toBe('Slack refused the token');
    expect(line.err.message).toBe('invalid_auth for [redacted]');
  });

  it('logs hashed user ids, stable per user', () => {
    expect(hashUser('U123ABC')).toBe(hashUser('U123ABC'));
    expect(hashUser('U123ABC')).not.toContain('U123ABC');
    expect(hashUser('U123ABC')).not.toBe(hashUser('U123ABD'));
  });
});
