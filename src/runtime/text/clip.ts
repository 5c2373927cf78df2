/** Platforms reject messages over their limits, so every string we build is cut to fit with these. */

/**
 * Shortens `text` to at most `max` UTF-16 units (what both Slack and Discord count), at a word break
 * when one is near, ending in "…". Never splits a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let end = safePrefix(text, max - 1).length;
  const space = text.lastIndexOf(' ', end);
  if (space > end * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The first `n` UTF-16 units, one fewer if that would split a surrogate pair. */
export function safePrefix(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
