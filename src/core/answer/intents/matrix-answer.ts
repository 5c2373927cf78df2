import { shortId } from '../../knowledge/knowledge-base.js';
import { FAQ_URL } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';

/** "Show me the compatibility table": the answer is the picture, with any licenses named highlighted. */
export function matrixAnswer({ kb, edition, licenses, msg }: AnswerContext): Draft {
  const highlight = [...new Set(licenses.mg.map((l) => l.id))].slice(0, 2);
  const table = msg.citations.compatibilityTable(kb.edition(edition).display);
  return {
    picture: { edition, highlight },
    card: {
      title: table,
      headline: msg.matrix.headline(table, highlight.map(shortId)),
      tone: 'neutral',
      paragraphs: [msg.matrix.legend],
      fields: [],
      choices: [],
      source: table,
      details: [],
      citations: [{ label: table, url: FAQ_URL }],
    },
  };
}
