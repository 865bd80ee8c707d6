/**
 * Errors that mean "the store cannot be reached right now" rather than "this request is
 * wrong": the answer is 503 and a retry later, never 500. Node's socket errors and
 * PostgreSQL's connection-exception and operator-intervention classes (SQLSTATE 08xxx, 57Pxx).
 */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNREACHABLE_MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /query read timeout/i, /Connection is closed/i];

export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P'))) return true;
  if (error instanceof AggregateError) return error.errors.some(isStoreUnavailable);
  return UNREACHABLE_MESSAGES.some((pattern) => pattern.test(error.message));
}
