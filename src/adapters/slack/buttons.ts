import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import { parseButton } from '../../runtime/pipeline/button-codec.js';
import type { Reply } from '../../runtime/pipeline/outlet.js';
import { question } from '../../runtime/pipeline/question.js';
import { ACTION, CHOICE_ACTION, FEEDBACK_ACTION } from './action-ids.js';
import { type SlackMessage, slackRenderer } from './blocks.js';
import { isDirectMessageChannel, type SlackContext, slackPlace, threadKey } from './context.js';
import { withPicture } from './picture-upload.js';
import { postOutlet } from './post-message.js';

/** Share in channel, "did you mean" choices, and 👍/👎. Each click is acknowledged first, then handled. */
export function registerButtons(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, body, action }) => {
    await ack();
    const where = whereOf(body);
    const shared = parseButton(action.value);
    if (!where || shared?.kind !== 'share') return stale(ctx, body);
    const reply = {
      ...privately(ctx, body, { response_type: 'in_channel', replace_original: false }),
      render: slackRenderer({ shareable: false, memory: ctx.memory, sharedBy: body.user.name ?? body.user.username }),
    };
    const shareThenTidy: Reply<SlackMessage>['outlet'] = {
      ...reply.outlet,
      async send(message, attempt) {
        await reply.outlet.send(message, attempt);
        // The private copy is now redundant; if removing it fails, the shared answer still stands.
        await ctx.responseUrls
          .post(body.response_url, { delete_original: true })
          .catch((err: unknown) => ctx.pipeline.log.warn({ err }, 'could not remove the private answer'));
      },
    };
    await ctx.pipeline.answer(question(shared.question, where.place, where.user, { edition: shared.edition }), {
      ...reply,
      outlet: shareThenTidy,
      repost: true,
    });
  });

  app.action<BlockAction<ButtonAction>>(CHOICE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const where = whereOf(body);
    const choice = parseButton(action.value);
    if (!where || choice?.kind !== 'ask') return stale(ctx, body);
    const ephemeral = body.container['is_ephemeral'] === true;
    const asked = question(choice.question, where.place, where.user, { edition: choice.edition, suggestion: true });
    if (ephemeral) {
      // A retry replaces the clicked message: better the answer in its place than the answer twice.
      const reply = {
        render: slackRenderer({ shareable: true, memory: ctx.memory }),
        outlet: ctx.responseUrls.outlet(body.response_url, { response_type: 'ephemeral', replace_original: false }, true),
      };
      return ctx.pipeline.answer(asked, withPicture(reply, client, ctx.bot.kb, { dmWith: where.user }));
    }
    const { channel, thread } = where.place;
    const follow = thread ? { threads: ctx.stores.threads, key: threadKey(where.place.workspace, channel, thread) } : undefined;
    await ctx.pipeline.answer(
      asked,
      withPicture(
        {
          render: slackRenderer({ shareable: false, memory: ctx.memory }),
          outlet: postOutlet(client, { channel, ...(thread ? { thread } : {}), ...(follow ? { follow } : {}) }, ctx.pipeline.log),
        },
        client,
        ctx.bot.kb,
        { channel, ...(thread ? { thread } : {}) },
      ),
    );
  });

  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTION, async ({ ack, body, action }) => {
    await ack();
    const vote = parseButton(action.value);
    if (vote?.kind !== 'feedback') return stale(ctx, body);
    const message = String(body.container['message_ts'] ?? body.message?.ts ?? '');
    await ctx.pipeline.vote(vote, { user: body.user.id, message }, privately(ctx, body, { response_type: 'ephemeral', replace_original: false }));
  });
}

/** Who clicked where; a click in a thread (or under a threaded answer) belongs to that thread's conversation. */
export function whereOf(body: BlockAction): { place: ReturnType<typeof slackPlace>; user: string } | undefined {
  const channel = body.channel?.id ?? body.container['channel_id'];
  const team = body.team?.id ?? body.user.team_id;
  if (typeof channel !== 'string' || !team) return undefined;
  const thread = body.message?.['thread_ts'] ?? (isDirectMessageChannel(channel) ? undefined : body.message?.ts);
  return { place: slackPlace(team, channel, typeof thread === 'string' ? thread : undefined), user: body.user.id };
}

/** A new ephemeral message for the clicker, below the one they clicked in (never replacing it). */
export function privately(ctx: SlackContext, body: BlockAction, fields: Record<string, unknown>): Reply<SlackMessage> {
  return { render: slackRenderer({ shareable: false, memory: ctx.memory }), outlet: ctx.responseUrls.outlet(body.response_url, fields, false) };
}

function stale(ctx: SlackContext, body: BlockAction): Promise<void> {
  ctx.pipeline.log.warn({ action: body.actions[0]?.action_id }, 'ignored a button click without a usable value');
  return ctx.pipeline.notice(
    catalogue(ctx.pipeline.language).notices.staleButton,
    privately(ctx, body, { response_type: 'ephemeral', replace_original: false }),
  );
}
