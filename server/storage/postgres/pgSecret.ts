import { randomBytes } from 'node:crypto';
import type { PgDatabase } from './pgDatabase';

const SECRET_SETTING = 'token_secret';

/**
 * The key that signs share tokens, shared by every server process: a configured one wins;
 * otherwise the first process to start generates one into the settings table. Two starting
 * at once both try to insert theirs; only one row goes in, and both read that one back.
 */
export async function loadPgSecret(db: PgDatabase, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    SECRET_SETTING,
    randomBytes(32).toString('base64url'),
  ]);
  const { rows } = await db.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [SECRET_SETTING]);
  return rows[0]!.value;
}
