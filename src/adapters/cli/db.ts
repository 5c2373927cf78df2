import { ConfigError, loadConfig } from '../../runtime/config.js';
import { createLogger } from '../../runtime/logger.js';
import { migrate, SCHEMA_VERSION } from '../../runtime/store/migrations.js';
import { pgSql } from '../../runtime/store/pg-sql.js';

/**
 * `db migrate`: creates or upgrades the shared store's schema and says what it did, for deployments
 * that migrate before rolling out replicas (start-up migrates too; running both is harmless).
 */
export async function dbCommand(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] !== 'migrate') {
    process.stderr.write(`Usage: modelgo-bot db migrate (got "${args.join(' ')}")\n`);
    return 2;
  }
  const config = loadConfig('cli');
  if (!config.DATABASE_URL)
    throw new ConfigError(
      'DATABASE_URL is missing; db migrate needs it. Set it in the environment or in .env, e.g. DATABASE_URL=postgres://modelgo@db.internal:5432/modelgo',
    );
  const sql = pgSql(config.DATABASE_URL, createLogger('silent'));
  try {
    const found = await migrate(sql, config.DATABASE_SCHEMA);
    process.stdout.write(
      found === SCHEMA_VERSION
        ? `schema ${config.DATABASE_SCHEMA} is up to date (version ${found})\n`
        : `schema ${config.DATABASE_SCHEMA} migrated from version ${found} to ${SCHEMA_VERSION}\n`,
    );
    return 0;
  } catch (err) {
    throw new ConfigError(`DATABASE_URL: could not migrate (${String((err as Error)?.message ?? err).split('\n')[0]})`);
  } finally {
    await sql.close();
  }
}
