/** Structured fields attached to one log line. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A structured logger; the handler never logs an unmasked caller number. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * The most characters one message or field keeps. CloudWatch Logs caps an event at 256 KB
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html) and cuts
 * what is over, JSON included; a bounded field keeps every line whole and readable whatever the input.
 */
export const LOG_FIELD_MAX_CHARS = 512;

/** The text itself when short enough, else its start and how long it was. */
export function boundText(text: string, max = LOG_FIELD_MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}

/** What went wrong, in words, for any thrown or rejected value (an object is not "[object Object]"). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return `${String(error)} (not an Error)`;
  const prototype = Object.getPrototypeOf(error) as { constructor?: { name?: unknown } } | null;
  const kind = typeof prototype?.constructor?.name === 'string' && prototype.constructor.name !== '' ? prototype.constructor.name : 'Object';
  let json: string | undefined;
  try {
    json = JSON.stringify(error);
  } catch {
    // A cycle or a throwing toJSON: the type's name is all there is to say.
  }
  return json === undefined || json === '{}' ? `${kind} (not an Error) with no message` : `${kind} (not an Error): ${json}`;
}

function bounded(fields: LogFields): LogFields {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? boundText(value) : value]));
}

/** Writes one JSON object per line, which CloudWatch Logs Insights parses without configuration; every string is bounded. */
export function createJsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log = (level: string) => (message: string, fields: LogFields = {}) =>
    write(JSON.stringify({ level, message: boundText(message), ...bounded(fields) }));
  return { info: log('INFO'), warn: log('WARN'), error: log('ERROR') };
}
