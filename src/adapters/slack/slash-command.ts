import type { App } from '@slack/bolt';
import { answerQuestion, type SlackDeps } from './answer-question.js';

/**
 * `/modelgo …`: the words after the command go to the bot as they are (the matcher reads "license X",
 * "remix A B", "faq …", "help" and an empty message as help). Any command name is accepted, so a
 * workspace that renamed the command (say, to `/license`) still works with the same app.
 */
export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    // Slack shows an error after 3 seconds without an acknowledgement: acknowledge first, answer after.
    await ack();
    const asker = { team: command.team_id, channel: command.channel_id, user: command.user_id };
    await answerQuestion(deps, { text: command.text ?? '', asker, shareable: true }, (message) =>
      respond({ ...message, response_type: 'ephemeral' }),
    );
  });
}
