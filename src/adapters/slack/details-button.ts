import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { apologize, type SlackDeps } from './answer-question.js';
import { renderDetails, renderNotice } from './blocks.js';
import { ACTION } from './button-values.js';
import { askerOf, inPlace, privately } from './buttons.js';

export const DETAILS_GONE = 'I no longer have the details of that answer (I may have restarted since). Please ask the question again.';

/**
 * "Why?" under an answer: its full reasoning, where the answer is. Under a private (slash command)
 * answer it comes privately too; under an answer in a channel or DM it goes in that answer's thread,
 * so the channel itself stays short.
 */
export function registerDetailsButton(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.details, async ({ ack, body, action, respond, client }) => {
    await ack();
    const asker = askerOf(body);
    if (!asker) return deps.log.warn({ action: action.action_id }, 'ignored a button click without a usable value');
    const answer = deps.memory.recall(action.value ?? '');
    const deliver = body.container['is_ephemeral'] === true ? privately(respond) : inPlace(client, body, asker.channel);
    await deps.work.track(async () => {
      try {
        await (answer?.details ? deliver(renderDetails(answer)) : privately(respond)(renderNotice(DETAILS_GONE)));
      } catch (err) {
        await apologize(deps, privately(respond), err);
      }
    });
  });
}
