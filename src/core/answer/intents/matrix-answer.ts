import { shortId } from '../../knowledge/knowledge-base.js';
import { FAQ_URL } from '../citations.js';
import type { AnswerContext, Draft } from '../draft.js';

/** "Show me the compatibility table": the answer is the picture, with any licenses named highlighted. */
export function matrixAnswer({ kb, edition, licenses }: AnswerContext): Draft {
  const highlight = [...new Set(licenses.mg.map((l) => l.id))].slice(0, 2);
  const table = `ModelGo compatibility table (${kb.edition(edition).display})`;
  return {
    picture: { edition, highlight },
    card: {
      title: table,
      headline: `Here is the ${table}${highlight.length > 0 ? `, with ${highlight.map(shortId).join(' and ')} highlighted` : ''}.`,
      tone: 'neutral',
      paragraphs: [
        '✅ compatible (the result license is shown) · ⚠️ can merge but not share · ❌ incompatible. Separable remixes (ensembles, MoE, pipelines) keep each license.',
      ],
      fields: [],
      choices: [],
      source: table,
      details: [],
      citations: [{ label: table, url: FAQ_URL }],
    },
  };
}
