/** Longer than a healthy database takes, short enough that a probe sees an outage within seconds. */
const CHECK_TIMEOUT_MS = 2000;

export interface Health {
  ok: boolean;
  /** One line for the probe's body: "ok", or what is wrong (never a connection string). */
  text: string;
}

/**
 * Whether this process can serve: it is running, and its store answers. Each probe asks the store
 * afresh, so a lost database shows on the next probe and a returned one as soon as it answers again.
 */
export async function checkHealth(checkStore: () => Promise<void>, timeoutMs = CHECK_TIMEOUT_MS): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([checkStore(), timeout]);
    return { ok: true, text: 'ok' };
  } catch (err) {
    return { ok: false, text: `store unavailable: ${(err as Error)?.message ?? String(err)}`.split('\n')[0]! };
  } finally {
    clearTimeout(timer);
  }
}
