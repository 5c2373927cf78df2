import type { LicenseMention } from '../knowledge/license-mentions.js';
import type { PermissionFrame } from './permission-frame.js';

/**
 * "relicense my MG-BY-OS fine-tune under Apache-2.0", "must the student be released under MG-BY-SA?":
 * a license named after "under", "to" or "as" is where the user wants to take the work, not the
 * license the question is about. The question is about the others; the target decides whether the act
 * is keeping the same license or changing it.
 */

/** The words that put a license as where the work goes, right before it. */
export const BEFORE_TARGET = /\b(under|to|into|as)\s+(the\s+|a\s+|an\s+)?$/i;
const TARGETED_ACTS = new Set(['share', 'relicense', 'same-license', 'disclose-source']);

export interface Targeted {
  frame: PermissionFrame;
  /** The license the work would go under; the question is about the others. */
  target: LicenseMention;
}

export function readTarget(text: string, mentions: LicenseMention[], frame: PermissionFrame | undefined): Targeted | undefined {
  if (!frame || !frame.acts.some((a) => TARGETED_ACTS.has(a))) return undefined;
  // Word order varies ("relicenciar bajo MG0 un derivado de MG-BY-SA"): the target may come first.
  const targets = mentions.filter((m) => m.kind !== 'unknown' && BEFORE_TARGET.test(text.slice(0, m.start)));
  // Two licenses after "under" ("one under MG-BY-NC-RAI, one under MG-BY-NC") describe the models, not a target.
  const target = mentions.length > 1 && targets.length === 1 ? targets[0] : undefined;
  const subject = mentions.find((m) => m !== target);
  if (!target || !subject) return undefined;
  const same = subject.kind === 'mg' && target.kind === 'mg' && subject.options.join() === target.options.join();
  const object = frame.objectNamed ? frame.object : 'derivative';
  return {
    frame: same ? { ...frame, acts: ['same-license'], object } : { ...frame, acts: ['relicense'], object, objectNamed: true },
    target,
  };
}
