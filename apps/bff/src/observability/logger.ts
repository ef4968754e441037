import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';

/** Never written: cookies, credentials and tokens, wherever they appear in a line. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-amz-security-token"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.sessionSecret',
  '*.clientSecret',
  '*.password',
  '*.secretAccessKey',
  '*.sessionToken',
  '*.idToken',
  '*.refreshToken',
];

export interface LoggerOptions {
  level: Level | 'silent';
  /** Where lines go (default: standard output). */
  destination?: DestinationStream;
  /** Human-readable lines instead of JSON (default: when standard output is a terminal). */
  pretty?: boolean;
  /** Names the process in every line: `bff`, `emulator`. */
  name?: string;
}

/**
 * The console's logger: one JSON object a line, readable colours on a terminal, with secrets
 * and cookies replaced by `[Redacted]`.
 *
 * @example
 * ```ts
 * const logger = createLogger({ level: settings.logLevel, name: 'bff' });
 * ```
 */
export function createLogger(options: LoggerOptions): Logger {
  const asText = options.pretty ?? (options.destination === undefined && process.stdout.isTTY);
  const destination =
    options.destination ??
    (asText
      ? pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : undefined);
  return pino(
    {
      level: options.level,
      // A mixin, not pino's `name`: hono-pino copies a root logger's bindings into each request's.
      ...(options.name ? { mixin: () => ({ name: options.name }) } : {}),
      redact: { paths: REDACTED_PATHS },
    },
    destination,
  );
}
