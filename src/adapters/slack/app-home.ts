import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { types } from '@slack/bolt';
import type { Answer } from '../../core/answer/answer.js';
import { answerQuestion, type SlackDeps } from './answer-question.js';
import { button, context, header, section } from './blocks.js';
import { clip } from './escape.js';
import { LIMITS, mrkdwnPieces } from './limits.js';

/** Followed by the example's index; the button's value is the question. */
const EXAMPLE_PREFIX = 'modelgo_home_example_';
const EXAMPLE_ACTION = /^modelgo_home_example_\d+$/;

/**
 * The App Home tab: what the bot does and example questions, drawn from the bot's own help answer so
 * the words are the same everywhere. Pressing an example answers it in the user's DM with the bot
 * (the view remembers that DM's channel), where follow-ups can go on.
 */
export function registerAppHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await deps.work.track(async () => {
      try {
        await client.views.publish({ user_id: event.user, view: homeView(deps.bot.ask('help'), event.channel) });
      } catch (err) {
        deps.log.error({ err }, 'could not publish the App Home view');
      }
    });
  });

  app.action<BlockAction<ButtonAction>>(EXAMPLE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const channel = body.view?.private_metadata;
    const team = body.team?.id ?? body.user.team_id;
    if (!channel || !team || !action.value) return deps.log.warn({ action: action.action_id }, 'ignored a button click without a usable value');
    const asker = { team, channel, user: body.user.id };
    await answerQuestion(deps, { text: action.value, asker, shareable: false, suggestion: true }, (message) => client.chat.postMessage({ channel, ...message }));
  });
}

/** The home tab for `help`, the bot's own description; `dm` is the channel the examples answer in. */
export function homeView(help: Answer, dm: string): types.HomeView {
  const { card } = help;
  const examples = card.choices.slice(0, LIMITS.actionsElements).map((c, i) => button(`${EXAMPLE_PREFIX}${i}`, c.label, clip(c.question, LIMITS.buttonValue)));
  const blocks: types.KnownBlock[] = [
    header(card.title),
    ...[card.headline ?? '', ...card.paragraphs].filter((p) => p.trim()).flatMap((p) => mrkdwnPieces(p, LIMITS.sectionText).map(section)),
    ...(examples.length > 0 ? [{ type: 'actions' as const, elements: examples }] : []),
    section('Ask with `/modelgo`, mention @ModelGo in a channel, or write in the Messages tab.'),
    context(),
  ];
  return { type: 'home', private_metadata: dm, blocks: blocks.slice(0, 100) };
}
