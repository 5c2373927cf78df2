import type { Card } from './answer.js';
import type { Catalogue } from './messages/catalogue.js';

/**
 * The card as plain text, as the user first sees it: the verdict, the reasons that decide it, the
 * line it rests on and the disclaimer. What every platform sends as its fallback text.
 */
export function renderText(card: Card, msg: Catalogue, clarify?: string[] | null): string {
  const lines: string[] = [card.headline ?? card.title];
  for (const p of card.paragraphs) lines.push(p);
  if (clarify && clarify.length > 0) lines.push(...clarify.map((q, i) => msg.answer.clarifyOption(i + 1, q)));
  lines.push(msg.answer.source(card.source), msg.answer.disclaimer);
  return lines.join('\n');
}

/** The longer explanation behind "Why?": every reason and row, the other edition, and links to the sources. */
export function renderDetails(card: Card, msg: Catalogue): string | null {
  const lines: string[] = [...card.details];
  for (const f of card.fields) lines.push(msg.answer.detailsField(f.label, f.value));
  for (const c of card.citations) lines.push(msg.answer.detailsCitation(c.label, c.url));
  return lines.length > 0 ? lines.join('\n') : null;
}
