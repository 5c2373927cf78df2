import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { type KnowledgeBase, shortId } from '../../core/knowledge/knowledge-base.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { clip } from '../../runtime/text/clip.js';
import { AUTOCOMPLETE_LIMITS } from './embed-limits.js';

type Suggestion = ApplicationCommandOptionChoiceData<string>;

interface Candidate {
  /** What the user sees, e.g. "MG-BY-NC · ModelGo Attribution-NonCommercial License 2.0". */
  name: string;
  value: string;
  /** Matched first: the start of these ("MG-BY-NC", "mg-by-nc"). */
  keys: string[];
  /** Matched anywhere: names, aliases, questions. */
  words: string[];
}

/**
 * License suggestions for what the user has typed so far: MG licenses of `edition` (and, unless
 * `mgOnly`, the other licenses the bot knows), ids that start with the input first, then ids and names
 * that contain it. The value sent back is the canonical id.
 */
export function licenseSuggestions(kb: KnowledgeBase, edition: Edition, typed: string, mgOnly = false): Suggestion[] {
  const mg = kb.licenses(edition).map((l) => ({
    name: `${shortId(l.id)} · ${l.name}`,
    value: l.id,
    keys: [l.id, shortId(l.id)],
    words: [l.name, ...l.aliases],
  }));
  const others = mgOnly ? [] : kb.others.map((o) => ({ name: `${o.id} · ${o.name}`, value: o.id, keys: [o.id], words: [o.name, ...o.aliases] }));
  return rank([...mg, ...others], typed);
}

/** FAQ topics by title; the value is the topic id, which `faq <id>` answers exactly. */
export function faqSuggestions(kb: KnowledgeBase, typed: string): Suggestion[] {
  return rank(
    kb.faqTopics.map((t) => ({ name: t.title, value: t.id, keys: [t.title, t.id], words: [t.question] })),
    typed,
  );
}

function rank(candidates: Candidate[], typed: string): Suggestion[] {
  const query = normalise(typed);
  const starts = (c: Candidate) => c.keys.some((k) => normalise(k).startsWith(query));
  const contains = (c: Candidate) => [...c.keys, ...c.words].some((w) => normalise(w).includes(query));
  const ordered = [...candidates.filter(starts), ...candidates.filter((c) => !starts(c) && contains(c))];
  return ordered.slice(0, AUTOCOMPLETE_LIMITS.choices).map((c) => ({
    name: clip(c.name, AUTOCOMPLETE_LIMITS.name),
    value: c.value.slice(0, AUTOCOMPLETE_LIMITS.value),
  }));
}

/** "MG BY nc", "mg_by_nc" and "mg-by-nc" all match MG-BY-NC. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}
