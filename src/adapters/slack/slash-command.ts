import type { App } from '@slack/bolt';
import { question } from '../../runtime/pipeline/question.js';
import { slackRenderer } from './blocks.js';
import { type SlackContext, slackPlace } from './context.js';
import { withPicture } from './picture-upload.js';

/**
 * `/modelgo …`: the words after the command go to the bot as they are (the matcher reads "license X",
 * "remix A B", "faq …", "help" and an empty message as help). Any command name is accepted, so a
 * workspace that renamed the command (say, to `/license`) still works with the same app.
 */
export function registerSlashCommand(app: App, ctx: SlackContext): void {
  app.command(/^\/.+/, async ({ command, ack, client }) => {
    // Slack shows an error after 3 seconds without an acknowledgement: acknowledge first, answer after.
    await ack();
    const asked = question(command.text ?? '', slackPlace(command.team_id, command.channel_id), command.user_id);
    // The answer is private, so its picture goes to the asker's DM rather than into the channel.
    await ctx.pipeline.answer(
      asked,
      withPicture(
        {
          render: slackRenderer({ shareable: true, memory: ctx.memory }),
          outlet: ctx.responseUrls.outlet(command.response_url, { response_type: 'ephemeral' }, true),
        },
        client,
        ctx.bot.kb,
        { dmWith: command.user_id },
      ),
    );
  });
}
