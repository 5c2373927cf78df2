import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition } from '../knowledge/schema.js';

/**
 * Which edition a message names ("in the 2025 version", "the nine-license texts"), from the phrases
 * each edition's data file declares. When a message names two, the last one is what it asks about
 * ("in 2024 you could…, so in 2025?"). Built once per
 * knowledge base, so a third edition needs only its data file.
 */
const readers = new WeakMap<KnowledgeBase, Array<[Edition, RegExp]>>();

export function editionNamed(lower: string, kb: KnowledgeBase): Edition | undefined {
  let table = readers.get(kb);
  if (!table) {
    table = [...kb.editions.values()].map((e) => [e.edition, new RegExp(e.phrases.join('|'))]);
    readers.set(kb, table);
  }
  let best: { edition: Edition; at: number } | undefined;
  for (const [edition, re] of table) {
    const at = lastIndex(lower, re);
    if (at >= 0 && (!best || at > best.at)) best = { edition, at };
  }
  return best?.edition;
}

function lastIndex(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(re.source, 'g'))) at = m.index;
  return at;
}

/** The earlier texts a message names, when an edition declares some ("under the May 2025 version"). */
const earlier = new WeakMap<KnowledgeBase, Array<[string, RegExp]>>();

export function earlierTextsNamed(lower: string, kb: KnowledgeBase): string | undefined {
  let table = earlier.get(kb);
  if (!table) {
    table = [...kb.editions.values()].flatMap((e) =>
      e.earlierTexts ? [[e.earlierTexts.name, new RegExp(e.earlierTexts.phrases.join('|'))] as [string, RegExp]] : [],
    );
    earlier.set(kb, table);
  }
  return table.find(([, re]) => re.test(lower))?.[0];
}
