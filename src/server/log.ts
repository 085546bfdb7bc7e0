/**
 * Structured logs: one JSON object per line on stdout. Callers pass only technical facts
 * (method, route pattern, status, timings, error names) — never bodies, tokens or personal data.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;
export type Logger = (level: LogLevel, msg: string, fields?: LogFields) => void;

export const jsonLogger: Logger = (level, msg, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
};

export const silentLogger: Logger = () => {};

/** What may be logged about an error: its kind and message, not the request that caused it. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { error: error.name, detail: error.message };
  return { error: 'unknown', detail: String(error) };
}
