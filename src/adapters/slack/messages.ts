import type { App } from '@slack/bolt';
import { answerQuestion, type SlackDeps } from './answer-question.js';

/** Direct-message channel ids start with D; those messages come as `message.im` and are answered there. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}

/**
 * Mentions are answered in the message's thread, so a channel is not flooded; direct messages are
 * answered in the DM. Bots (this one included) are never answered: two bots could talk forever.
 */
export function registerMessages(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (event.bot_id || !event.user || event.user === context.botUserId) return;
    // A mention inside a DM also arrives as a DM message; answer it once, there.
    if (isDirectMessageChannel(event.channel)) return;
    const asker = { team: body.team_id, channel: event.channel, user: event.user };
    const threadTs = event.thread_ts ?? event.ts;
    await answerQuestion(deps, { text: event.text ?? '', asker, shareable: false }, (message) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message }),
    );
  });

  app.message(async ({ message, body, client, context }) => {
    // Edits, joins, bot posts and the like carry a subtype; only plain messages people typed are questions.
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id || !message.user || message.user === context.botUserId) return;
    const asker = { team: body.team_id, channel: message.channel, user: message.user };
    await answerQuestion(deps, { text: message.text ?? '', asker, shareable: false }, (reply) =>
      client.chat.postMessage({ channel: message.channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), ...reply }),
    );
  });
}
