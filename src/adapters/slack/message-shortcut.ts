import type { App, MessageShortcut } from '@slack/bolt';
import { answerQuestion, type SlackDeps } from './answer-question.js';
import { renderNotice } from './blocks.js';
import { privately } from './buttons.js';

/** The shortcut's callback id, as slack/manifest.json declares it. */
export const ASK_ABOUT_MESSAGE = 'modelgo_ask_message';

export const NO_TEXT = 'That message has no text I can read. Ask me with /modelgo instead.';

/**
 * "Ask ModelGo about this message" in a message's ⋮ menu: the message's text is the question, answered
 * privately to whoever asked (with "Share in channel"), so nobody else's thread gets a bot reply
 * they did not ask for. It works in any channel the user can see, without inviting the bot.
 */
export function registerMessageShortcut(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>({ callback_id: ASK_ABOUT_MESSAGE, type: 'message_action' }, async ({ ack, shortcut, respond }) => {
    await ack();
    const deliver = privately(respond);
    const text = shortcut.message.text?.trim() ?? '';
    if (!text) {
      await deps.work.track(() => deliver(renderNotice(NO_TEXT))).catch((err: unknown) => deps.log.error({ err }, 'could not answer a message shortcut'));
      return;
    }
    const asker = { team: shortcut.team?.id ?? shortcut.user.team_id ?? 'unknown', channel: shortcut.channel.id, user: shortcut.user.id };
    await answerQuestion(deps, { text, asker, shareable: true }, deliver);
  });
}
