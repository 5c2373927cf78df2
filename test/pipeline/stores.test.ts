import { describe, expect, it } from 'vitest';
import { conversationKey } from '../../src/runtime/pipeline/question.js';
import { MemoryDedupe, MemoryRateLimits, MemoryThreads } from '../../src/runtime/store/memory-stores.js';

const MINUTE = 60_000;

describe('the in-process stores', () => {
  it('remember an event id for over an hour (Slack retries for about that long), then forget it', async () => {
    const dedupe = new MemoryDedupe();
    expect(await dedupe.firstTime('Ev1', 0)).toBe(true);
    // A burst of other ids in between does not push it out early.
    for (let i = 0; i < 20_000; i++) await dedupe.firstTime(`burst-${i}`, 30 * MINUTE);
    expect(await dedupe.firstTime('Ev1', 70 * MINUTE)).toBe(false);
    expect(await dedupe.firstTime('Ev1', 3 * 60 * MINUTE)).toBe(true);
  });

  it('stay bounded in size under a flood of new ids', async () => {
    const dedupe = new MemoryDedupe(60 * MINUTE, 100);
    for (let i = 0; i < 1000; i++) await dedupe.firstTime(`id-${i}`, i);
    expect(await dedupe.firstTime('id-999', 1000)).toBe(false);
    expect(await dedupe.firstTime('id-0', 1000)).toBe(true);
  });

  it('limit each key on its own, within a sliding minute', async () => {
    const limits = new MemoryRateLimits(2);
    expect([await limits.take('a', 0), await limits.take('a', 1), await limits.take('a', 2), await limits.take('b', 2)]).toEqual([true, true, false, true]);
    expect(await limits.take('a', MINUTE + 1)).toBe(true);
  });

  it('follow a thread for a day after the bot answered in it', async () => {
    const threads = new MemoryThreads();
    await threads.add('slack:T1:C1:1.0', 0);
    expect(await threads.has('slack:T1:C1:1.0', 23 * 60 * MINUTE)).toBe(true);
    expect(await threads.has('slack:T2:C1:1.0', 0)).toBe(false);
    expect(await threads.has('slack:T1:C1:1.0', 25 * 60 * MINUTE)).toBe(false);
  });
});

describe('conversation keys', () => {
  it('are per user and place: never shared across workspaces, channels, threads or people', () => {
    const place = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', thread: '1.0' };
    const keys = [
      conversationKey(place, 'U1'),
      conversationKey({ ...place, workspace: 'T2' }, 'U1'),
      conversationKey({ ...place, channel: 'C2' }, 'U1'),
      conversationKey({ ...place, thread: '2.0' }, 'U1'),
      conversationKey(place, 'U2'),
      conversationKey({ ...place, platform: 'discord' }, 'U1'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
