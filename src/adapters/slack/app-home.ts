import type { App, BlockAction, ButtonAction, types } from '@slack/bolt';
import type { Answer } from '../../core/answer/answer.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import { question } from '../../runtime/pipeline/question.js';
import { clip } from '../../runtime/text/clip.js';
import { button, context, header, section, slackRenderer } from './blocks.js';
import { type SlackContext, slackPlace } from './context.js';
import { LIMITS, mrkdwnPieces } from './limits.js';
import { postOutlet } from './post-message.js';

/** Followed by the example's index; the button's value is the question. */
const EXAMPLE_PREFIX = 'modelgo_home_example_';
const EXAMPLE_ACTION = /^modelgo_home_example_\d+$/;

/** Slack's limit on the blocks of a Home tab view. */
const HOME_BLOCKS = 100;

/**
 * The App Home tab: what the bot does and example questions, drawn from the bot's own help answer so
 * the words are the same everywhere. Pressing an example answers it in the user's DM with the bot
 * (the view remembers that DM's channel), where follow-ups can go on.
 */
export function registerAppHome(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      const help = ctx.bot.ask('help');
      await client.views.publish({ user_id: event.user, view: homeView(help, event.channel) });
    } catch (err) {
      ctx.pipeline.log.error({ err }, 'could not publish the App Home view');
    }
  });

  app.action<BlockAction<ButtonAction>>(EXAMPLE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const channel = body.view?.private_metadata;
    const team = body.team?.id ?? body.user.team_id;
    if (!channel || !team || !action.value) return ctx.pipeline.log.warn({ action: action.action_id }, 'ignored a button click without a usable value');
    await ctx.pipeline.answer(question(action.value, slackPlace(team, channel), body.user.id, { suggestion: true }), {
      render: slackRenderer({ shareable: false, memory: ctx.memory }),
      outlet: postOutlet(client, { channel }, ctx.pipeline.log),
    });
  });
}

/** The home tab for `help`, the bot's own description; `dm` is the channel the examples answer in. */
export function homeView(help: Answer, dm: string): types.HomeView {
  const { card } = help;
  const msg = catalogue(help.language);
  const examples = card.choices.slice(0, LIMITS.actionsElements).map((c, i) => button(`${EXAMPLE_PREFIX}${i}`, c.label, clip(c.question, LIMITS.buttonValue)));
  const text = [card.headline ?? '', ...card.paragraphs].filter((p) => p.trim()).flatMap((p) => mrkdwnPieces(p, LIMITS.sectionText).map(section));
  const blocks: types.KnownBlock[] = [
    header(card.title),
    ...text.slice(0, HOME_BLOCKS - 4),
    ...(examples.length > 0 ? [{ type: 'actions' as const, elements: examples }] : []),
    section(msg.slack.home),
    context(msg),
  ];
  return { type: 'home', private_metadata: dm, blocks };
}
