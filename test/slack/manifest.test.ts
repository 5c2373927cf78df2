import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'slack', 'manifest.json'), 'utf8'));

/** An admin installs the app by pasting this file; what it subscribes decides what the bot ever sees. */
describe('slack/manifest.json', () => {
  it('declares /modelgo, the mention, thread-reply and DM events, and interactivity, all at the path the app serves', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/modelgo']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'app_uninstalled', 'message.channels', 'message.groups', 'message.im', 'tokens_revoked']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [manifest.features.slash_commands[0].url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url];
    for (const url of urls) expect(url).toBe('https://YOUR-HOST/slack/events');
  });

  it('sends installs in many workspaces back to the path the app serves', () => {
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://YOUR-HOST/slack/oauth_redirect']);
  });

  it('asks for exactly the bot scopes the features need (history: thread replies and reading a post back), and lets people DM the bot', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history', 'im:read', 'im:write']);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});
