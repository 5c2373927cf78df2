import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/runtime/logger.js';
import type { Failure, Outlet } from '../../src/runtime/pipeline/outlet.js';
import { deliver } from '../../src/runtime/pipeline/retry.js';

const POLICY = { attempts: 4, baseMs: 1, maxMs: 5, maxRetryAfterMs: 1000 };
const log = createLogger('silent');

/** A channel that fails its first sends as scripted; `landing` says whether a failed send still posted. */
function channel(script: Array<{ failure: Failure; landed: boolean }>): { outlet: Outlet<string>; shown: string[]; sends: number } {
  const state = { shown: [] as string[], sends: 0, outlet: undefined as unknown as Outlet<string> };
  const tags = new Set<string>();
  state.outlet = {
    async send(message, attempt) {
      state.sends += 1;
      const step = script.shift();
      if (!step || step.landed) {
        state.shown.push(message);
        tags.add(attempt.messageId);
      }
      if (step) throw step.failure;
    },
    classify: (err) => err as Failure,
    landed: async (id) => tags.has(id),
  };
  return state;
}

describe('deliver', () => {
  it('re-sends after a failure that did not land, and stops at the first success', async () => {
    const c = channel([
      { failure: { kind: 'not-delivered', detail: '500' }, landed: false },
      { failure: { kind: 'rate-limited', retryAfterMs: 5 }, landed: false },
    ]);
    expect(await deliver(c.outlet, 'answer', POLICY, log)).toEqual({ delivered: true });
    expect(c.shown).toEqual(['answer']);
  });

  it('does not re-send when an unclear failure had in fact landed', async () => {
    const c = channel([{ failure: { kind: 'unclear', detail: 'reset after accept' }, landed: true }]);
    expect(await deliver(c.outlet, 'answer', POLICY, log)).toEqual({ delivered: true });
    expect(c.shown).toEqual(['answer']);
    expect(c.sends).toBe(1);
  });

  it('gives up with the last reason after the attempts, or at once when retrying cannot help', async () => {
    const down = channel(Array.from({ length: 10 }, () => ({ failure: { kind: 'not-delivered', detail: 'HTTP 503' } as Failure, landed: false })));
    expect(await deliver(down.outlet, 'answer', POLICY, log)).toEqual({ delivered: false, reason: 'HTTP 503', attempts: 4 });
    const refused = channel([{ failure: { kind: 'refused', detail: 'channel_not_found' }, landed: false }]);
    expect(await deliver(refused.outlet, 'answer', POLICY, log)).toEqual({ delivered: false, reason: 'channel_not_found', attempts: 1 });
    const tooLong = channel([{ failure: { kind: 'rate-limited', retryAfterMs: 60_000 }, landed: false }]);
    expect(await deliver(tooLong.outlet, 'answer', POLICY, log)).toEqual({ delivered: false, reason: 'rate limited (retry after 60000 ms)', attempts: 1 });
    expect(tooLong.sends).toBe(1);
  });
});
