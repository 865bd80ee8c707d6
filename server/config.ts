import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

/** Everything the server needs to know about where it runs, read once at start. */
export interface ServerConfig {
  host: string;
  /** 0 asks the OS for any free port (tests use this). */
  port: number;
  /** Absolute path; created on start if missing. */
  dataDir: string;
  /** Absolute path of the built client (Vite's output). */
  clientDir: string;
}

/** The project root, found from this file so the server works from any working directory. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_CLIENT_DIR = path.join(projectRoot, 'dist');

// Blank variables count as unset: `PORT= npm start` should mean "the default", not port 0.
const optional = (schema: z.ZodType<string>) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const port = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number from 0 to 65535')
  .transform(Number)
  .pipe(z.number().max(65535, 'must be a whole number from 0 to 65535'));

const envSchema = z.object({
  HOST: optional(z.string().trim()).default('127.0.0.1'),
  PORT: optional(z.string()).default('8080').pipe(port),
  DATA_DIR: optional(z.string()).default('./data'),
  // Lets tests and unusual deployments serve a client built elsewhere.
  BEATBOARD_CLIENT_DIR: optional(z.string()),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the server settings from environment variables. Relative directories are taken
 * from `cwd`, the way a user reading `DATA_DIR=./data` would expect.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid server settings:\n${lines.join('\n')}`);
  }
  const { HOST, PORT, DATA_DIR, BEATBOARD_CLIENT_DIR } = parsed.data;
  return {
    host: HOST,
    port: PORT,
    dataDir: path.resolve(cwd, DATA_DIR),
    clientDir: BEATBOARD_CLIENT_DIR ? path.resolve(cwd, BEATBOARD_CLIENT_DIR) : DEFAULT_CLIENT_DIR,
  };
}
