/**
 * Masks a caller number for logs, keeping enough to correlate calls: "+18003569377" becomes
 * "+1800***9377". Short or odd inputs keep less, so a log never holds a whole number.
 */
export function maskPhoneNumber(value: string | undefined): string {
  if (value === undefined || value === '') return '(none)';
  const text = value.trim();
  if (text.length >= 10) return `${text.slice(0, 5)}***${text.slice(-4)}`;
  if (text.length >= 5) return `${text.slice(0, 1)}***${text.slice(-2)}`;
  return '***';
}
