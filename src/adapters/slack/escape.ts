import { defuseBroadcasts } from '../../runtime/text/defuse.js';

/**
 * Making text safe for Slack. Anything we echo may contain what a user typed, and Slack turns `<!channel>`,
 * `<@U123>` and friends into pings, so every string goes through one of these before it leaves the bot.
 */

/** Slack's three reserved characters. An `&` that already starts one of Slack's entities is left alone,
 * so escaping twice (a fallback built from already-escaped parts) never shows `&amp;amp;` to people. */
const RESERVED = /&(?!(?:amp|lt|gt);)|[<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Slack's angle-bracket control sequences: mentions, channel links, broadcasts, user groups. */
const CONTROL_SEQUENCE = /<[!@#][^<>]*>/g;

/** For mrkdwn text objects and the top-level fallback `text`. Idempotent. */
export function mrkdwn(text: string): string {
  return defuseBroadcasts(text.replace(RESERVED, (c) => ENTITY[c]!));
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
  return defuseBroadcasts(current);
}
