import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { hashUser } from '../../runtime/logger.js';
import { answerQuestion, type Asker, type Deliver, type SlackDeps } from './answer-question.js';
import { renderNotice } from './blocks.js';
import { ACTION, CHOICE_ACTION, decodeFeedback, decodeShare, FEEDBACK_ACTION } from './button-values.js';
import { Dedupe } from './dedupe.js';
import { isDirectMessageChannel } from './messages.js';

const THANKS = {
  'thumbs-up': 'Thanks for the feedback!',
  'thumbs-down': 'Thanks for telling me. The question goes on the list the maintainers review; rephrasing it, or naming the licenses, often helps.',
} as const;

/** Share in channel, "did you mean" choices, and 👍/👎. Each click is acknowledged first, then handled. */
export function registerButtons(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, body, action, respond }) => {
    await ack();
    const asker = askerOf(body);
    const shared = decodeShare(action.value);
    if (!asker || !shared) return deps.log.warn({ action: action.action_id }, 'ignored a button click without a usable value');
    const deliver: Deliver = async (message) => {
      await respond({ ...message, response_type: 'in_channel', replace_original: false });
      // The private copy is now redundant; if removing it fails, the shared answer still stands.
      await respond({ delete_original: true }).catch((err: unknown) => deps.log.warn({ err }, 'could not remove the private answer'));
    };
    await answerQuestion(deps, { text: shared.q, edition: shared.e, asker, shareable: false, repost: true, sharedBy: body.user.name ?? body.user.username }, deliver);
  });

  app.action<BlockAction<ButtonAction>>(CHOICE_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const asker = askerOf(body);
    if (!asker || !action.value) return deps.log.warn({ action: action.action_id }, 'ignored a button click without a usable value');
    const ephemeral = body.container['is_ephemeral'] === true;
    const deliver = ephemeral ? privately(respond) : inPlace(client, body, asker.channel);
    await answerQuestion(deps, { text: action.value, asker, shareable: ephemeral, suggestion: true }, deliver);
  });

  // One vote per person, message and button: a double click or a retried request is not a second vote.
  const votes = new Dedupe();
  app.action<BlockAction<ButtonAction>>(FEEDBACK_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const rated = decodeFeedback(action.value);
    if (!rated) return deps.log.warn({ action: action.action_id }, 'ignored a button click without a usable value');
    const kind = action.action_id === ACTION.thumbsUp ? 'thumbs-up' : 'thumbs-down';
    const messageTs = String(body.container['message_ts'] ?? body.message?.ts ?? '');
    if (!votes.firstTime(`${body.user.id}:${messageTs}:${kind}`, deps.now())) return deps.log.info({ kind }, 'ignored a repeated vote');
    const user = hashUser(body.user.id);
    deps.log.info({ platform: 'slack', kind, intent: rated.i, user }, 'feedback');
    try {
      deps.feedback?.append({ kind, platform: 'slack', question: rated.q, intent: rated.i, confidence: rated.c, user });
    } catch (err) {
      deps.log.warn({ err }, 'could not write the feedback log');
    }
    await deps.work.track(() => privately(respond)(renderNotice(THANKS[kind]))).catch((err: unknown) => deps.log.error({ err }, 'could not thank for the feedback'));
  });
}

export function askerOf(body: BlockAction): Asker | undefined {
  const channel = body.channel?.id ?? body.container['channel_id'];
  const team = body.team?.id ?? body.user.team_id;
  return typeof channel === 'string' && team ? { team, channel, user: body.user.id } : undefined;
}

/** A new ephemeral message for the clicker, below the one they clicked in. */
export function privately(respond: RespondFn): Deliver {
  return (message) => respond({ ...message, response_type: 'ephemeral', replace_original: false });
}

/** Where everyone sees it: in the thread of the clicked message (a DM outside threads stays unthreaded). */
export function inPlace(client: App['client'], body: BlockAction, channel: string): Deliver {
  const threadTs = body.message?.['thread_ts'] ?? (isDirectMessageChannel(channel) ? undefined : body.message?.ts);
  return (message) => client.chat.postMessage({ channel, ...(typeof threadTs === 'string' ? { thread_ts: threadTs } : {}), ...message });
}
