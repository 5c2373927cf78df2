import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { LicenseMention } from '../knowledge/license-mentions.js';
import type { Edition, License, OtherLicense } from '../knowledge/schema.js';
import type { Catalogue } from './messages/catalogue.js';

export type UnknownMention = Extract<LicenseMention, { kind: 'unknown' }>;

export interface ResolvedLicenses {
  edition: Edition;
  /** Every known license named, in order, MG ones as records of `edition`. */
  all: Array<License | OtherLicense>;
  mg: License[];
  others: OtherLicense[];
  unknown: UnknownMention[];
  /** One-line notes about the edition: why it was chosen, renamed licenses. */
  notes: string[];
}

/**
 * Picks the edition a message is about and turns its mentions into license records of that edition.
 * An explicit request wins; otherwise a license that exists in only one edition (MG-BY-SA, MG-BY-NC-OS)
 * decides; otherwise the default.
 */
export function resolveLicenses(
  mentions: LicenseMention[],
  kb: KnowledgeBase,
  asked: Edition | undefined,
  fallback: Edition,
  msg: Catalogue,
): ResolvedLicenses {
  const editions = [...kb.editions.keys()];
  const onlyIn = mentions.flatMap((m) => {
    if (m.kind !== 'mg') return [];
    const having = editions.filter((e) => kb.byOptions(m.options, e));
    return having.length === 1 ? having : [];
  });
  const edition = asked ?? onlyIn[0] ?? fallback;
  const notes: string[] = [];
  if (!asked && onlyIn[0] && onlyIn[0] !== fallback) {
    notes.push(msg.editions.answeredFrom(kb.edition(edition).title, onlyInIds(mentions, kb, edition)));
  }
  const out: ResolvedLicenses = { edition, all: [], mg: [], others: [], unknown: [], notes };
  for (const m of mentions) {
    if (m.kind === 'unknown') {
      out.unknown.push(m);
    } else if (m.kind === 'other') {
      const other = kb.other(m.id);
      if (other) {
        out.all.push(other);
        out.others.push(other);
      }
    } else {
      const license = kb.byOptions(m.options, edition) ?? renamedTo(m, kb, edition, notes);
      if (license) {
        out.all.push(license);
        out.mg.push(license);
      } else
        out.unknown.push({
          kind: 'unknown',
          text: m.text,
          start: m.start,
          reason: { kind: 'not-in-edition', title: kb.edition(edition).title },
          suggestions: kb
            .licenses(edition)
            .slice(0, 3)
            .map((l) => l.id),
        });
    }
  }
  return out;
}

function onlyInIds(mentions: LicenseMention[], kb: KnowledgeBase, edition: Edition): string[] {
  const ids = mentions
    .flatMap((m) => (m.kind === 'mg' ? [kb.byOptions(m.options, edition)?.id] : []))
    .filter((id): id is string => !!id && kb.editionsOf(id).length === 1);
  return [...new Set(ids.map(shortId))];
}

/** A license of the other edition that this edition renamed or dropped: follow the rename and say so. */
function renamedTo(m: Extract<LicenseMention, { kind: 'mg' }>, kb: KnowledgeBase, edition: Edition, notes: string[]): License | undefined {
  for (const other of kb.editions.keys()) {
    const old = kb.byOptions(m.options, other);
    const rename = old && kb.edition(edition).renamed[old.id];
    if (!rename) continue;
    notes.push(rename.note);
    return rename.to ? kb.mgLicense(rename.to, edition) : undefined;
  }
  return undefined;
}
