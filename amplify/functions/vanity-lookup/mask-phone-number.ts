/**
 * Masks a caller number for logs: only the first digit of an international number (roughly the
 * world zone) and the last two digits survive, "+18003569377" becomes "+1***77". The contact id in the
 * same log line is what correlates calls, so the number itself need not be recoverable from a log.
 */
export function maskPhoneNumber(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '(none)';
  const text = value.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length >= 7) return `${text.startsWith('+') ? `+${digits.slice(0, 1)}` : ''}***${digits.slice(-2)}`;
  if (digits.length === 0 && text.length >= 7) return `${text.slice(0, 2)}***${text.slice(-2)}`;
  return '***';
}

/** Masks every phone-number-like run of digits in free text, such as an error message that echoes its input. */
export function redactPhoneNumbers(text: string): string {
  return text.replace(/\+?\d[\d\s().-]{4,}\d/g, (match) => maskPhoneNumber(match.replace(/[\s().-]/g, '')));
}
