import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { question } from '../../runtime/pipeline/question.js';
import { slackRenderer } from './blocks.js';
import { isDirectMessageChannel, type SlackContext, slackPlace, threadKey } from './context.js';
import { withPicture } from './picture-upload.js';
import { postOutlet } from './post-message.js';

/**
 * Chat questions. A mention is answered in the message's thread, and that thread becomes a conversation:
 * later replies in it are answered without a new mention. Direct messages are answered in the DM. Bots
 * (this one included) are never answered: two bots could talk forever.
 */
export function registerMessages(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    if (event.bot_id || !event.user || event.user === context.botUserId) return;
    // A mention inside a DM also arrives as a DM message; answer it once, there.
    if (isDirectMessageChannel(event.channel)) return;
    const thread = event.thread_ts ?? event.ts;
    const asked = question(event.text ?? '', slackPlace(body.team_id, event.channel, thread), event.user, { eventId: body.event_id });
    const follow = { threads: ctx.stores.threads, key: threadKey(body.team_id, event.channel, thread) };
    await ctx.pipeline.answer(
      asked,
      withPicture(
        {
          render: slackRenderer({ shareable: false, memory: ctx.memory }),
          outlet: postOutlet(client, { channel: event.channel, thread, follow }, ctx.pipeline.log),
          quietWhenLimited: true,
        },
        client,
        ctx.bot.kb,
        { channel: event.channel, thread },
      ),
    );
  });

  app.message((args) => answerMessage(ctx, args));
}

/** A DM, or a reply in a thread the bot answered in; also what the assistant pane's messages go through. */
export async function answerMessage(
  ctx: SlackContext,
  { message, body, client, context }: Pick<SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs, 'message' | 'body' | 'client' | 'context'>,
): Promise<void> {
  // Edits, joins, bot posts and the like carry a subtype; only plain messages people typed are questions.
  if (message.subtype !== undefined || message.bot_id || !message.user || message.user === context.botUserId) return;
  const text = message.text ?? '';
  const dm = message.channel_type === 'im';
  const thread = message.thread_ts;
  if (!dm) {
    // In channels: only replies in a thread the bot answered in; a reply that mentions the bot is app_mention's.
    if (!thread || thread === message.ts || (context.botUserId && text.includes(`<@${context.botUserId}>`))) return;
    if (!(await ctx.stores.threads.has(threadKey(body.team_id, message.channel, thread), Date.now()))) return;
  }
  const asked = question(text, slackPlace(body.team_id, message.channel, thread), message.user, { eventId: body.event_id });
  const where = { channel: message.channel, ...(thread ? { thread } : {}) };
  await ctx.pipeline.answer(
    asked,
    withPicture(
      {
        render: slackRenderer({ shareable: false, memory: ctx.memory }),
        outlet: postOutlet(client, where, ctx.pipeline.log),
        quietWhenLimited: true,
      },
      client,
      ctx.bot.kb,
      where,
    ),
  );
}
