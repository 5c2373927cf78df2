/** Longest message the matcher reads; longer ones get a "please shorten" answer, which bounds the work per message. */
export const MAX_MESSAGE_CHARS = 2000;

/**
 * Makes chat text safe to read: Unicode-normalised, without control or invisible characters, with
 * platform mention tokens (`<@U123>`, `<@!123>`, `<#C1|name>`, `<!channel>`) and `@everyone`-style pings
 * removed, and whitespace collapsed.
 */
export function sanitize(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/<[@#!][^>]{0,200}>/g, ' ')
      .replace(/@(everyone|here|channel)/gi, ' ')
      .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // "@modelgo-bot what is MG-BY-SA": a typed name at the start addresses the bot; it is not the question.
      .replace(/^@[\w.-]+[:,]?\s+(?=\S)/, '')
  );
}
