import type { APIActionRowComponent, APIComponentInMessageActionRow, ButtonInteraction } from 'discord.js';
import type { FeedbackWriter } from '../../runtime/answer-log.js';
import { hashUser, type Logger } from '../../runtime/logger.js';
import type { ButtonAction } from '../../runtime/pipeline/button-codec.js';
import type { Dedupe } from '../../runtime/store/types.js';

type Vote = Extract<ButtonAction, { kind: 'feedback' }>;
type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * 👍/👎 under an answer: one vote per person and message (a second click, or the other thumb, changes
 * nothing), acknowledged by counting it on the button itself, so the channel gets no extra message and
 * everyone sees how the answer was rated.
 */
export class Votes {
  constructor(
    private readonly seen: Dedupe,
    private readonly feedback: FeedbackWriter,
    private readonly log: Logger,
  ) {}

  async cast(interaction: ButtonInteraction, vote: Vote): Promise<void> {
    const kind = vote.vote === 'up' ? 'thumbs-up' : 'thumbs-down';
    try {
      if (!(await this.seen.firstTime(`discord:vote:${interaction.user.id}:${interaction.message.id}`, Date.now()))) {
        this.log.info({ platform: 'discord', kind }, 'ignored a repeated vote');
        await interaction.deferUpdate();
        return;
      }
      const { question, intent, confidence } = vote;
      const user = hashUser(interaction.user.id);
      this.log.info({ platform: 'discord', kind, intent, user }, 'feedback');
      try {
        await this.feedback.append({ kind, platform: 'discord', question, intent, confidence, user });
      } catch (err) {
        this.log.warn({ err }, 'could not write the feedback log');
      }
      const rows = interaction.message.components.map((row) => row.toJSON() as Row);
      await interaction.update({ components: counted(rows, interaction.customId) });
    } catch (err) {
      this.log.error({ err }, 'could not record a vote');
    }
  }
}

/** The rows with one more vote on button `customId`: its label is the count ("👍 3"). */
export function counted(rows: Row[], customId: string): Row[] {
  return rows.map((row) => ({
    ...row,
    components: row.components.map((c) => {
      if (!('custom_id' in c) || c.custom_id !== customId || !('label' in c || 'emoji' in c)) return c;
      const votes = Number('label' in c ? c.label : 0) || 0;
      return { ...c, label: String(votes + 1) };
    }),
  }));
}
