import { RATE_LIMITED_TEXT } from '../../core/rate-limiter.js';

/** What the bot says when it is not answering, the same on every platform. */
export const TEXTS = {
  rateLimited: RATE_LIMITED_TEXT,
  apology: 'Sorry, something went wrong while I was answering. Please try again in a moment.',
  thanks: {
    up: 'Thanks for the feedback!',
    down: 'Thanks for telling me. The question goes on the list the maintainers review; rephrasing it, or naming the licenses, often helps.',
  },
  staleButton: 'That button no longer works. Please ask me again.',
} as const;
