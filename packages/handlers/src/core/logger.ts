/** The logger Kiln writes to. `console` fits; so do pino and winston instances. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = keyof Logger;

/** One line per event: `[kiln] message {"jobId":"…",…}`, so `grep jobId` follows a job across processes. */
export function createConsoleLogger(prefix = '[kiln]'): Logger {
  const write = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    const line = fields && Object.keys(fields).length > 0 ? `${prefix} ${message} ${safeJson(fields)}` : `${prefix} ${message}`;
    console[level](line);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that stamps the same fields (the jobId) on every line. */
export function withFields(logger: Logger, stamp: Record<string, unknown>): Logger {
  const wrap = (level: Level) => (message: string, fields?: Record<string, unknown>) => logger[level](message, { ...stamp, ...fields });
  return { info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

function safeJson(fields: Record<string, unknown>): string {
  try {
    return JSON.stringify(fields, (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message, code: (value as { code?: unknown }).code } : value,
    );
  } catch {
    return '{}';
  }
}
