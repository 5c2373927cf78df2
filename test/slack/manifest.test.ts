import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASK_ABOUT_MESSAGE } from '../../src/adapters/slack/message-shortcut.js';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'slack', 'manifest.json'), 'utf8'));

/** An admin installs the app by pasting this file; what it subscribes decides what the bot ever sees. */
describe('slack/manifest.json', () => {
  it('declares /modelgo, the App Home, assistant, mention, thread-reply and DM events, and interactivity, all at the path the app serves', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/modelgo']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'assistant_thread_context_changed',
      'assistant_thread_started',
      'message.channels',
      'message.groups',
      'message.im',
      'tokens_revoked',
    ]);
    expect(manifest.features.assistant_view.assistant_description).toMatch(/ModelGo/);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [manifest.features.slash_commands[0].url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url];
    for (const url of urls) expect(url).toBe('https://YOUR-HOST/slack/events');
  });

  it('declares the message shortcut with the callback id the app listens for', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ name: 'Ask ModelGo about this message', type: 'message', callback_id: ASK_ABOUT_MESSAGE }),
    ]);
  });

  it('sends installs in many workspaces back to the path the app serves', () => {
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://YOUR-HOST/slack/oauth_redirect']);
  });

  it('asks for exactly the bot scopes the features use (history: thread replies and reading a post back), and lets people DM the bot', () => {
    // Answers go through chat.postMessage (chat:write) and response URLs; nothing lists DMs (im:read). A /modelgo table goes to the asker's DM (im:write to open it, files:write to upload).
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'assistant:write',
      'channels:history',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'im:history',
      'im:write',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});
