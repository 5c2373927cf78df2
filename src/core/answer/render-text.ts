import { type Card, DISCLAIMER } from './answer.js';

/**
 * The card as plain text, as the user first sees it: the verdict, the reasons that decide it, the
 * line it rests on and the disclaimer. What every platform sends as its fallback text.
 */
export function renderText(card: Card, clarify?: string[] | null): string {
  const lines: string[] = [card.headline ?? card.title];
  for (const p of card.paragraphs) lines.push(p);
  if (clarify && clarify.length > 0) lines.push(...clarify.map((q, i) => `${i + 1}. ${q}`));
  lines.push(`Source: ${card.source}`, DISCLAIMER);
  return lines.join('\n');
}

/** The longer explanation behind "Why?": every reason and row, the other edition, and links to the sources. */
export function renderDetails(card: Card): string | null {
  const lines: string[] = [...card.details];
  for (const f of card.fields) lines.push(`• ${f.label}: ${f.value}`);
  for (const c of card.citations) lines.push(`${c.label}: ${c.url}`);
  return lines.length > 0 ? lines.join('\n') : null;
}
