/**
 * Whether an error means "the database cannot be reached right now" (it is down, restarting, out
 * of connections, or the connection broke), as opposed to a bug or bad input. Such a request
 * deserves a 503 the client may retry, not a 500.
 */

/** Node network errors on the way to the database server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, recovering), 53300
 * too_many_connections. MySQL's equivalents: server gone / lost / shutting down.
 */
const SQL_STATES = /^(08...|57P0[123]|53300)$/;
const MYSQL_CODES = new Set(['PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ECONNREFUSED']);

/** What the drivers and the pool say when a connection broke or none could be had. */
const MESSAGES = [
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Client has encountered a connection error and is not queryable/i,
  /Timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

const matches = (error: ErrorLike): boolean => {
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || SQL_STATES.test(code) || MYSQL_CODES.has(code)) return true;
  if (error.name === 'KnexTimeoutError') return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
};

/** Looks at the error, its `cause` chain and the errors of an AggregateError (a few levels deep). */
export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const candidate = error as ErrorLike;
  if (matches(candidate)) return true;
  if (isDatabaseUnavailable(candidate.cause, depth + 1)) return true;
  return Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
};

/** Strapi's error shape for it. */
export const unavailableBody = (retryAfterSeconds: number) => ({
  data: null,
  error: {
    status: 503,
    name: 'ServiceUnavailableError',
    message: 'The database is unavailable; try again shortly',
    details: { retryAfter: retryAfterSeconds },
  },
});
