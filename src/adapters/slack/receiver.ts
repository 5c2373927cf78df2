import { HTTPReceiver, SocketModeReceiver, type CustomRoute, type Logger as BoltLogger } from '@slack/bolt';
import type { SlackConfig } from '../../runtime/config.js';

export type SlackMode = 'socket' | 'http';

/** `GET /healthz` → 200 ok, for load balancers and container probes; it says the process serves requests. */
const HEALTH: CustomRoute = {
  path: '/healthz',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  },
};

/**
 * Socket Mode when an app-level token is set (no public URL needed; PORT, if also set, serves only
 * /healthz), otherwise HTTP mode with events, commands and button clicks all at /slack/events.
 */
export function createReceiver(config: SlackConfig, logger: BoltLogger, slackApiUrl: string | undefined): { mode: SlackMode; receiver: HTTPReceiver | SocketModeReceiver } {
  if (config.SLACK_APP_TOKEN) {
    const receiver = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger,
      customRoutes: config.PORT === undefined ? [] : [HEALTH],
      // The port serves only the custom routes; clientOptions reach apps.connections.open.
      installerOptions: { port: config.PORT, clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
    return { mode: 'socket', receiver };
  }
  // loadConfig requires the signing secret whenever there is no app-level token.
  const receiver = new HTTPReceiver({ signingSecret: config.SLACK_SIGNING_SECRET!, endpoints: ['/slack/events'], customRoutes: [HEALTH], logger });
  return { mode: 'http', receiver };
}
