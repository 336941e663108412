/** `part` of `whole` as a whole-number percentage ("42%"), "<1%" for a sliver, "–" when there is nothing to share. */
export function formatShare(part: number, whole: number): string {
  if (!(whole > 0)) return '–';
  const percent = (part / whole) * 100;
  if (part > 0 && percent < 1) return '<1%';
  return `${Math.round(percent)}%`;
}
