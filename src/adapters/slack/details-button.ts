import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import { ACTION } from './action-ids.js';
import { slackRenderer } from './blocks.js';
import { privately, whereOf } from './buttons.js';
import type { SlackContext } from './context.js';
import { postOutlet } from './post-message.js';

/**
 * "Why?" under an answer: its full reasoning, where the answer is. Under a private (slash command)
 * answer it comes privately too; under an answer in a channel or DM it goes in that answer's thread,
 * so the channel itself stays short.
 */
export function registerDetailsButton(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION.details, async ({ ack, body, action, client }) => {
    await ack();
    const details = ctx.memory.recall(action.value ?? '')?.details;
    const where = whereOf(body);
    const alone = privately(ctx, body, { response_type: 'ephemeral', replace_original: false });
    if (!details || !where) return ctx.pipeline.notice(catalogue(ctx.pipeline.language).slack.detailsGone, alone);
    if (body.container['is_ephemeral'] === true) return ctx.pipeline.notice(details, alone);
    const { channel, thread } = where.place;
    await ctx.pipeline.notice(details, {
      render: slackRenderer({ shareable: false }),
      outlet: postOutlet(client, { channel, ...(thread ? { thread } : {}) }, ctx.pipeline.log),
    });
  });
}
