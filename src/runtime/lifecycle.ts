import type { Logger } from './logger.js';

/** A running platform adapter, as the process sees it. */
export interface Service {
  /** Stops taking new work, finishes what is in flight, disconnects. */
  stop(): Promise<void>;
  /** Settles with a one-line reason (cause and fix) when the platform ends the session for good. */
  fatal?: Promise<string>;
}

/** After a stop the process should end by itself; this bounds it if a socket lingers. */
const EXIT_GRACE_MS = 3_000;

/**
 * The life of `modelgo-bot slack|discord` once started: a stray rejection in a library costs a log line,
 * not the process; SIGTERM or SIGINT stop the service and exit 0; a fatal platform error stops it too
 * (answers in flight are finished), prints its one-line reason and exits 1.
 */
export async function runUntilStopped(service: Service, log: Logger): Promise<number> {
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  const ending = await Promise.race([waitForSignal().then((signal) => ({ signal })), ...(service.fatal ? [service.fatal.then((reason) => ({ reason }))] : [])]);
  if ('signal' in ending) log.info({ signal: ending.signal }, 'shutting down');
  else log.fatal({ reason: ending.reason }, 'stopping: the platform ended the session');
  await service.stop();
  log.info('stopped');
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  if ('signal' in ending) return 0;
  process.stderr.write(`modelgo-bot: ${ending.reason}\n`);
  return 1;
}

/** Resolves with the first SIGTERM or SIGINT; a second one gets Node's default (exit at once). */
function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
