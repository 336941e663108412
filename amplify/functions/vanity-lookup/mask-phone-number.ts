/**
 * Masks a caller number for logs, keeping enough to correlate calls: "+18003569377" becomes
 * "+1800***9377". Shorter inputs keep less, so a log never holds a whole number.
 */
export function maskPhoneNumber(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '(none)';
  const text = value.trim();
  const digits = text.replace(/\D/g, '').length;
  if (digits >= 11) return `${text.slice(0, text.startsWith('+') ? 5 : 4)}***${text.slice(-4)}`;
  if (text.length >= 7) return `${text.slice(0, 2)}***${text.slice(-2)}`;
  return '***';
}

/** Masks every phone-number-like run of digits in free text, such as an error message that echoes its input. */
export function redactPhoneNumbers(text: string): string {
  return text.replace(/\+?\d[\d\s().-]{4,}\d/g, (match) => maskPhoneNumber(match.replace(/[\s().-]/g, '')));
}
