import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { shortId } from '../knowledge/knowledge-base.js';
import type { Edition, License } from '../knowledge/schema.js';
import { isMgLicense } from '../rules/grant.js';
import type { AnswerContext, Draft } from './draft.js';

interface Counterpart {
  license: License | undefined;
  /** The data's note when the license was renamed or dropped in the target edition. */
  note?: string;
}

/**
 * The same license in another edition: the one with the same options, else the one it was renamed
 * to (or from). The `renamed` table lives in the newer edition's file, so it is read both ways.
 */
function counterpart(license: License, to: Edition, kb: KnowledgeBase): Counterpart {
  const same = kb.byOptions(license.options, to);
  if (same) return { license: same };
  const forward = kb.edition(to).renamed[license.id];
  if (forward) return { license: forward.to ? kb.mgLicense(forward.to, to) : undefined, note: forward.note };
  const back = Object.entries(kb.edition(license.edition).renamed).find(([, r]) => r.to === license.id);
  return { license: back ? kb.mgLicense(back[0], to) : undefined };
}

/**
 * One line saying how the other edition answers the same question, when its verdict differs. It
 * re-runs the intent's own answer builder on the other edition's records of the same licenses, so
 * every rule that can differ between editions is covered without a list of known differences.
 */
export function editionNote(ctx: AnswerContext, draft: Draft, build: (ctx: AnswerContext) => Draft): string | undefined {
  const { kb, edition, licenses, msg } = ctx;
  const other = [...kb.editions.keys()].find((e) => e !== edition);
  if (!other) return undefined;

  const renames: string[] = [];
  const all: AnswerContext['licenses']['all'] = [];
  for (const license of licenses.all) {
    if (!isMgLicense(license)) {
      all.push(license);
      continue;
    }
    const found = counterpart(license, other, kb);
    // A license the other edition dropped: say so, whatever the question was.
    if (!found.license) return found.note;
    if (found.license.id !== license.id) renames.push(msg.editions.rename(shortId(license.id), shortId(found.license.id), other > edition));
    all.push(found.license);
  }

  const alt = build({ ...ctx, edition: other, licenses: { ...licenses, edition: other, all, mg: all.filter(isMgLicense), notes: [] } });
  // A null verdict is the other edition saying it cannot tell (e.g. no such Model Sheet row): say nothing rather than guess.
  if (alt.verdict === null) return undefined;
  const sameResult = (draft.result ?? null) === (alt.result ?? null) || renamedResult(draft.result, edition, other, kb) === alt.result;
  if ((draft.verdict ?? null) === (alt.verdict ?? null) && sameResult) return undefined;
  return msg.editions.otherEdition(kb.edition(other).display, [...new Set(renames)], alt.card.headline ?? alt.card.title);
}

/** A result that only differs by a rename (MG-BY-OS-2.0 → MG-BY-SA-2.0) is the same answer. */
function renamedResult(id: string | null | undefined, from: Edition, to: Edition, kb: KnowledgeBase): string | undefined {
  const license = id ? kb.mgLicense(id, from) : undefined;
  return license && counterpart(license, to, kb).license?.id;
}
