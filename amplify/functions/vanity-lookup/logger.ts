/** Structured fields attached to one log line. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A structured logger; the handler never logs an unmasked caller number. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Writes one JSON object per line, which CloudWatch Logs Insights parses without configuration. */
export function createJsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log = (level: string) => (message: string, fields: LogFields = {}) =>
    write(JSON.stringify({ level, message, ...fields }));
  return { info: log('INFO'), warn: log('WARN'), error: log('ERROR') };
}
