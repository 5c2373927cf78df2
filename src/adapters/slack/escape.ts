/**
 * Making text safe for Slack. Anything we echo may contain what a user typed, and Slack turns `<!channel>`,
 * `<@U123>` and friends into pings, so every string goes through one of these before it leaves the bot.
 */

/** Slack's three reserved characters. An `&` that already starts one of Slack's entities is left alone,
 * so escaping twice (a fallback built from already-escaped parts) never shows `&amp;amp;` to people. */
const RESERVED = /&(?!(?:amp|lt|gt);)|[<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `@channel` typed as plain words still pings when a message is parsed with link_names; a zero-width
 * space after the `@` keeps the word readable but inert. */
const BROADCAST_WORD = /@(?=(?:channel|here|everyone)\b)/gi;

/** Slack's angle-bracket control sequences: mentions, channel links, broadcasts, user groups. */
const CONTROL_SEQUENCE = /<[!@#][^<>]*>/g;

/** For mrkdwn text objects and the top-level fallback `text`. Idempotent. */
export function mrkdwn(text: string): string {
  return text.replace(RESERVED, (c) => ENTITY[c]!).replace(BROADCAST_WORD, '@\u200B');
}

/** For plain_text objects (headers, button labels): Slack does not parse them, but no control sequence
 * should be stored in a reply either, so they are removed (repeatedly: `<!chan<!here>nel>` is two). */
export function plainText(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(CONTROL_SEQUENCE, '');
  } while (current !== previous);
  return current.replace(BROADCAST_WORD, '@\u200B');
}

/** Cuts to at most `max` UTF-16 units with an ellipsis, never between the halves of an emoji. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safePrefix(text, max - 1)}…`;
}

/** The first `n` UTF-16 units, one fewer if that would split a surrogate pair. */
export function safePrefix(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
