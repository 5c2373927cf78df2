import type { Edition, FaqTopic } from '../../knowledge/schema.js';
import type { AnswerContext, Draft } from '../draft.js';
import { EDITION_NAMES } from '../edition-note.js';
import { askForLicenses } from './missing-license.js';

export function faqAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition } = ctx;
  if (!u.faq) return askForLicenses(ctx, 'faq', 'Which FAQ topic do you mean?');
  const topic = kb.faq(u.faq);
  return {
    faq: topic.id,
    card: {
      title: topic.question,
      headline: null,
      tone: 'neutral',
      paragraphs: topic.answer2025 === undefined ? paragraphsOf(topic.answer) : bothEditions(topic, edition),
      fields: [],
      choices: [],
      source: topic.sources.map((s) => s.replace(/^reference\//, '')).join('; '),
    },
  };
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/);
}

/**
 * A topic whose answer changed in the 2025 revision: both answers, the asked edition's first, each
 * marked with its edition. Paragraphs the two answers share are shown once.
 */
function bothEditions(topic: FaqTopic, first: Edition): string[] {
  const answers: Record<Edition, string> = { '2024': topic.answer, '2025': topic.answer2025 ?? topic.answer };
  const order: Edition[] = [first, ...(Object.keys(answers) as Edition[]).filter((e) => e !== first)];
  const shown = new Set<string>();
  const out: string[] = [];
  for (const edition of order) {
    const fresh = paragraphsOf(answers[edition]).filter((p) => !shown.has(p));
    fresh.forEach((p, i) => out.push(i === 0 ? `${EDITION_NAMES[edition]}: ${p}` : p));
    for (const p of fresh) shown.add(p);
  }
  return out;
}
