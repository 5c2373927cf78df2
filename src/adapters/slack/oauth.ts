import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import type { SlackConfig } from '../../runtime/config.js';
import type { Logger } from '../../runtime/logger.js';
import { projectRoot } from '../../runtime/paths.js';
import type { SharedStore } from '../../runtime/store/shared-store.js';
import { sharedInstallationStore } from './installation-store.js';
import type { OAuthOptions } from './receiver.js';

/** The install asks for the scopes the manifest declares, so the two never disagree. */
function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'slack', 'manifest.json'), 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
  return manifest.oauth_config.scopes.bot;
}

/**
 * Bolt's OAuth for installs in many workspaces: /slack/install and /slack/oauth_redirect, installations
 * in the shared store. The installer makes its own Web API calls (oauth.v2.access, auth.test), so it
 * gets the same SLACK_API_URL as the app's client. Without a database installations live in this
 * process only, so a random key seals them; with one, INSTALLATION_ENCRYPTION_KEY (config requires it).
 */
export function oauthOptions(config: SlackConfig, store: SharedStore, slackApiUrl: string | undefined): OAuthOptions {
  return {
    clientId: config.SLACK_CLIENT_ID!,
    clientSecret: config.SLACK_CLIENT_SECRET!,
    stateSecret: config.SLACK_STATE_SECRET!,
    installationStore: sharedInstallationStore(store.installations, config.INSTALLATION_ENCRYPTION_KEY ?? randomBytes(32)),
    scopes: manifestScopes(),
    installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
  };
}

/**
 * When a workspace uninstalls the app or revokes its bot token, its installation and everything kept
 * about it (conversations, threads, rate budgets) are deleted from the shared store, so no replica can
 * use the old token again. In single-workspace mode there is no installation, only the data.
 */
export function forgetUninstalledWorkspaces(app: App, store: SharedStore, log: Logger, oauth: OAuthOptions | undefined): void {
  const forget = async (where: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }, why: string): Promise<void> => {
    await oauth?.installationStore?.deleteInstallation?.({
      teamId: where.teamId,
      enterpriseId: where.enterpriseId,
      isEnterpriseInstall: where.isEnterpriseInstall ?? false,
    });
    if (where.teamId) await store.forget(`slack:${where.teamId}:`);
    log.info({ team: where.teamId, enterprise: where.enterpriseId, why }, 'forgot a workspace');
  };
  app.event('app_uninstalled', async ({ context }) => forget(context, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token lets the app post; revoked user tokens (it asks for none) change nothing.
    if ((event.tokens.bot ?? []).length > 0) await forget(context, 'tokens_revoked');
  });
}
