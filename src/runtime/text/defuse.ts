/**
 * "@everyone", "@here" and "@channel" typed as plain words ping on some platforms (Discord renders them,
 * Slack parses them with link_names). Anything we echo may contain a user's words, so a zero-width space
 * after the `@` keeps the word readable but inert. Each adapter adds its own platform's token syntax.
 */
const BROADCAST_WORD = /@(?=(?:channel|here|everyone)\b)/gi;

export function defuseBroadcasts(text: string): string {
  return text.replace(BROADCAST_WORD, '@\u200B');
}
