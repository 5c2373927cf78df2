import { DISCLAIMER, type Card } from './answer.js';

/** The card as plain text: what the CLI prints and what every platform sends as its fallback text. */
export function renderText(card: Card): string {
  const lines: string[] = [card.title];
  if (card.headline) lines.push(card.headline);
  for (const p of card.paragraphs) lines.push('', p);
  if (card.fields.length > 0) {
    lines.push('');
    for (const f of card.fields) lines.push(`• ${f.label}: ${f.value}`);
  }
  if (card.choices.length > 0) {
    lines.push('', `Try: ${card.choices.map((c) => `"${c.question}"`).join(' · ')}`);
  }
  lines.push('', `Source: ${card.source}`, DISCLAIMER);
  return lines.join('\n');
}
