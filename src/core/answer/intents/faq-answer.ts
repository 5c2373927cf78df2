import type { AnswerContext, Draft } from '../draft.js';
import { askForLicenses } from './missing-license.js';

export function faqAnswer(ctx: AnswerContext): Draft {
  const { u, kb, edition } = ctx;
  if (!u.faq) return askForLicenses(ctx, 'faq', 'Which FAQ topic do you mean?');
  const topic = kb.faq(u.faq);
  const revised = edition === '2025' && topic.answer2025 !== undefined;
  const body = revised ? topic.answer2025! : topic.answer;
  const paragraphs = body.split(/\n\s*\n/);
  if (topic.answer2025 !== undefined) {
    paragraphs.push(revised
      ? 'This is the answer for the 2025 revision; the nine-license Nov 2024 texts said otherwise. Add "in the 2024 version" to see that answer.'
      : 'The 2025 revision changed this answer. Add "in the 2025 version" to see it.');
  }
  return {
    faq: topic.id,
    card: {
      title: topic.question,
      headline: null,
      tone: 'neutral',
      paragraphs,
      fields: [],
      choices: [],
      source: topic.sources.map((s) => s.replace(/^reference\//, '')).join('; '),
    },
  };
}
