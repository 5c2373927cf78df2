import { type App, Assistant } from '@slack/bolt';
import type { Answer } from '../../core/answer/answer.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { SlackContext } from './context.js';
import { answerMessage } from './messages.js';

/** Slack shows at most four suggested prompts. */
const MAX_PROMPTS = 4;

/**
 * Slack's assistant pane (the side panel for AI apps): a new thread there gets the bot's own help
 * examples as suggested prompts, and a message in it is answered like any DM. Which channel the user is
 * looking at does not change an answer, so the thread context Slack sends is not stored.
 */
export function registerAssistant(app: App, ctx: SlackContext): void {
  app.assistant(
    new Assistant({
      threadStarted: async ({ setSuggestedPrompts }) => {
        try {
          const help = ctx.bot.ask('help');
          await setSuggestedPrompts({ title: catalogue(help.language).slack.promptsTitle, prompts: suggestedPrompts(help) });
        } catch (err) {
          ctx.pipeline.log.error({ err }, "could not set the assistant's suggested prompts");
        }
      },
      threadContextChanged: async () => undefined,
      userMessage: (args) => answerMessage(ctx, args),
    }),
  );
}

export function suggestedPrompts(help: Answer): Array<{ title: string; message: string }> {
  return help.card.choices.slice(0, MAX_PROMPTS).map((c) => ({ title: c.label, message: c.question }));
}
