import type { APIActionRowComponent, APIComponentInMessageActionRow, ButtonInteraction } from 'discord.js';
import type { FeedbackLog } from '../../runtime/feedback-log.js';
import { hashUser } from '../../runtime/logger.js';
import { MemoryDedupe } from '../../runtime/store/memory-stores.js';
import type { ButtonAction } from './custom-ids.js';

type Vote = Extract<ButtonAction, { kind: 'feedback' }>;
type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * 👍/👎 under an answer: one vote per person and message (a second click, or the other thumb, changes
 * nothing), acknowledged by counting it on the button itself, so the channel gets no extra message and
 * everyone sees how the answer was rated.
 */
export class Votes {
  private readonly seen = new MemoryDedupe();

  constructor(private readonly feedback: FeedbackLog) {}

  async cast(interaction: ButtonInteraction, vote: Vote): Promise<void> {
    if (!(await this.seen.firstTime(`${interaction.user.id}:${interaction.message.id}`, Date.now()))) {
      await interaction.deferUpdate();
      return;
    }
    const { question, intent, confidence } = vote;
    this.feedback.append({ kind: vote.vote === 'up' ? 'thumbs-up' : 'thumbs-down', platform: 'discord', question, intent, confidence, user: hashUser(interaction.user.id) });
    const rows = interaction.message.components.map((row) => row.toJSON() as Row);
    await interaction.update({ components: counted(rows, interaction.customId) });
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
