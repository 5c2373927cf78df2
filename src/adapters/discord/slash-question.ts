import type { Edition } from '../../core/knowledge/schema.js';
import { EditionSchema } from '../../core/knowledge/schema.js';

/** The parts of a `/modelgo` invocation the question depends on (a view of discord.js's option resolver). */
export interface SlashInput {
  subcommand: string | null;
  option(name: string): string | null;
}

export interface SlashQuestion {
  question: string;
  edition?: Edition;
}

/**
 * Turns a subcommand into the text form the matcher understands ("license MG-BY-ND",
 * "remix MG-BY-NC MG-BY-OS average", "faq scope", "help"), so slash commands and chat messages are
 * answered by the same code.
 */
export function slashQuestion(input: SlashInput): SlashQuestion {
  const opt = (name: string) => (input.option(name) ?? '').replace(/\s+/g, ' ').trim();
  const edition = EditionSchema.safeParse(input.option('edition'));
  const withEdition = (question: string): SlashQuestion => (edition.success ? { question, edition: edition.data } : { question });
  switch (input.subcommand) {
    case 'ask':
      return withEdition(opt('question'));
    case 'license':
      return withEdition(`license ${opt('name')}`);
    case 'remix':
      return withEdition(`remix ${opt('first')} ${opt('second')} ${opt('method')}`.trim());
    case 'faq':
      return { question: `faq ${opt('topic')}` };
    default:
      return { question: 'help' };
  }
}
