import { type Logger as BoltLogger, type CustomRoute, HTTPReceiver, type HTTPReceiverOptions, SocketModeReceiver } from '@slack/bolt';
import type { SlackConfig } from '../../runtime/config.js';
import { checkHealth } from '../../runtime/health.js';
import { scrub } from '../../runtime/logger.js';
import type { Metrics } from '../../runtime/metrics.js';

export type SlackMode = 'socket' | 'http';

/** What the operational routes read: the store for /healthz, the counters for /metrics. */
export interface Operations {
  checkStore(): Promise<void>;
  metrics: Metrics;
}

/**
 * `GET /healthz` → 200 ok, or 503 naming the problem when the store does not answer (load balancers then
 * send traffic to a replica that can serve); `GET /metrics` → the Prometheus text.
 */
function operationalRoutes(ops: Operations): CustomRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        void checkHealth(ops.checkStore).then(({ ok, text }) => {
          res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' });
          res.end(scrub(text));
        });
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        void ops.metrics.render().then(({ type, text }) => {
          res.writeHead(200, { 'content-type': type });
          res.end(text);
        });
      },
    },
  ];
}

/** The parts of HTTPReceiver's options that turn on Bolt's OAuth (install page, redirect, InstallationStore). */
export type OAuthOptions = Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'installationStore' | 'scopes' | 'installerOptions'>;

/**
 * Socket Mode when an app-level token is set (no public URL needed; PORT, if also set, serves only the
 * operational routes), otherwise HTTP mode with events, commands and button clicks all at /slack/events,
 * plus the install pages when OAuth is on.
 */
export function createReceiver(
  config: SlackConfig,
  logger: BoltLogger,
  slackApiUrl: string | undefined,
  ops: Operations,
  oauth?: OAuthOptions,
): { mode: SlackMode; receiver: HTTPReceiver | SocketModeReceiver } {
  if (config.SLACK_APP_TOKEN) {
    const receiver = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger,
      customRoutes: config.PORT === undefined ? [] : operationalRoutes(ops),
      // The port serves only the custom routes; clientOptions reach apps.connections.open.
      installerOptions: { port: config.PORT, clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
    return { mode: 'socket', receiver };
  }
  // loadConfig requires the signing secret whenever there is no app-level token.
  const receiver = new HTTPReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET!,
    endpoints: ['/slack/events'],
    customRoutes: operationalRoutes(ops),
    logger,
    ...oauth,
  });
  return { mode: 'http', receiver };
}
