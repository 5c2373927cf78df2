import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mrkdwn, plainText } from '../../src/adapters/slack/escape.js';
import { mrkdwnPieces } from '../../src/adapters/slack/limits.js';
import { clip } from '../../src/runtime/text/clip.js';

describe('escaping what users wrote', () => {
  it('turns Slack control sequences into text people can read but Slack does not act on', () => {
    expect(mrkdwn('<!channel> & <@U123> say <b>hi</b>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; say &lt;b&gt;hi&lt;/b&gt;');
    expect(plainText('hi <!channel> <@U123> <#C1|general> <!subteam^S1> there').replace(/\s+/g, ' ')).toBe('hi there');
  });

  it('does not double-escape: text that already went through shows the same characters', () => {
    expect(mrkdwn(mrkdwn('A & B < C'))).toBe('A &amp; B &lt; C');
    fc.assert(fc.property(fc.string(), (s) => mrkdwn(mrkdwn(s)) === mrkdwn(s)));
  });

  it('never lets a control sequence through, however it is built', () => {
    expect(plainText('<!chan<!here>nel>')).not.toMatch(/<[!@#]/);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<', '>', '!', '@', '#', 'channel', 'here', 'U1', '&', 'lt;', ' ', 'x')), (parts) => {
        const s = parts.join('');
        return !/<[!@#]/.test(mrkdwn(s)) && !/<[!@#][^<>]*>/.test(plainText(s));
      }),
    );
  });

  it('keeps plain @channel words from pinging', () => {
    expect(mrkdwn('ping @channel and @here')).not.toMatch(/@(channel|here)/);
    expect(plainText('ping @everyone')).not.toMatch(/@everyone/);
  });

  it('clips without breaking an emoji in half', () => {
    expect(clip('ab👍cd', 4)).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('splitting long text for sections', () => {
  it('keeps every piece within the limit, loses no words, and never cuts an escape', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('word', '&', '<', '>', ' ', '\n', '👍', 'MG-BY-NC-OS-2.0', '&amp;'), { maxLength: 400 }),
        fc.integer({ min: 8, max: 60 }),
        (parts, max) => {
          const text = parts.join('');
          const pieces = mrkdwnPieces(text, max);
          return pieces.every((p) => p.length <= max && p.trim().length > 0 && !/&(?!(amp|lt|gt);)/.test(p)) && shown(pieces.join('')) === shown(mrkdwn(text));
        },
      ),
    );
  });
});

/** What Slack shows for escaped text, without the whitespace a split may remove. */
function shown(escaped: string): string {
  return escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, '');
}
