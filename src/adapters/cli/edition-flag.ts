// The --edition flag, read the same way by every command that takes it.
import { type Edition, EditionSchema } from '../../core/knowledge/schema.js';
import { ConfigError } from '../../runtime/config.js';

export function parseEdition(value: string | undefined): Edition | undefined {
  if (value === undefined) return undefined;
  const parsed = EditionSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`--edition must be 2024 or 2025, not "${value}"`);
  return parsed.data;
}
