import type { App, MessageShortcut } from '@slack/bolt';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { Reply } from '../../runtime/pipeline/outlet.js';
import { question } from '../../runtime/pipeline/question.js';
import { type SlackMessage, slackRenderer } from './blocks.js';
import { type SlackContext, slackPlace } from './context.js';

/** The shortcut's callback id, as slack/manifest.json declares it. */
export const ASK_ABOUT_MESSAGE = 'modelgo_ask_message';

/**
 * "Ask ModelGo about this message" in a message's ⋮ menu: the message's text is the question, answered
 * privately to whoever asked (with "Share in channel"), so nobody else's thread gets a bot reply they
 * did not ask for. It works in any channel the user can see, without inviting the bot.
 */
export function registerMessageShortcut(app: App, ctx: SlackContext): void {
  app.shortcut<MessageShortcut>({ callback_id: ASK_ABOUT_MESSAGE, type: 'message_action' }, async ({ ack, shortcut }) => {
    await ack();
    const reply: Reply<SlackMessage> = {
      render: slackRenderer({ shareable: true, memory: ctx.memory }),
      outlet: ctx.responseUrls.outlet(shortcut.response_url, { response_type: 'ephemeral' }, true),
    };
    const text = shortcut.message.text?.trim() ?? '';
    if (!text) return ctx.pipeline.notice(catalogue(ctx.pipeline.language).slack.noText, reply);
    const team = shortcut.team?.id ?? shortcut.user.team_id ?? 'unknown';
    await ctx.pipeline.answer(question(text, slackPlace(team, shortcut.channel.id), shortcut.user.id), reply);
  });
}
