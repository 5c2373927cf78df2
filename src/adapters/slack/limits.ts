import { safePrefix } from '../../runtime/text/clip.js';
import { mrkdwn } from './escape.js';

/** Block Kit limits (api.slack.com/reference/block-kit); Slack rejects a whole message that breaks one. */
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Slack truncates longer top-level `text`; the fallback only feeds notifications and screen readers. */
  fallbackText: 4000,
} as const;

/**
 * Escapes `raw` as mrkdwn and splits it into pieces of at most `max` characters each, breaking at a line
 * end or space where one is near. Splitting the raw text (not the escaped one) means no `&amp;` is cut.
 */
export function mrkdwnPieces(raw: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = raw.trim();
  while (rest.length > 0) {
    let cut = longestFitting(rest, max);
    if (cut < rest.length) {
      const space = Math.max(rest.lastIndexOf('\n', cut), rest.lastIndexOf(' ', cut));
      // A shorter prefix can escape longer when the cut lands inside a typed "&amp;", hence the re-check.
      if (space > cut / 2 && mrkdwn(rest.slice(0, space)).length <= max) cut = space;
    }
    pieces.push(mrkdwn(rest.slice(0, cut)));
    rest = rest.slice(cut).trim();
  }
  return pieces;
}

/** A long prefix length of `raw` whose escaped form fits in `max` (binary search; every step it keeps fits). */
function longestFitting(raw: string, max: number): number {
  if (mrkdwn(raw).length <= max) return raw.length;
  let low = 1;
  let high = Math.min(raw.length, max);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (mrkdwn(raw.slice(0, mid)).length <= max) low = mid;
    else high = mid - 1;
  }
  return Math.max(1, outsideEntity(raw, safePrefix(raw, low).length));
}

/** Moves a cut that would land inside an `&amp;` the user typed to just before it, so it reads the same. */
function outsideEntity(raw: string, cut: number): number {
  const start = raw.lastIndexOf('&', cut - 1);
  const entity = start >= 0 ? /^&(?:amp|lt|gt);/.exec(raw.slice(start)) : null;
  return entity && start > 0 && start + entity[0].length > cut ? start : cut;
}
