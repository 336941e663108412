/** Arrays this short are sorted by insertion: Array.prototype.sort's set-up costs more than the sort itself here. */
const INSERTION_SORT_MAX = 24;

/**
 * Sorts best first, ties kept in their order: what `sort((a, b) => b.score - a.score)` does (it is stable),
 * sooner for the few items most calls hold (the search sorts the options at every position of every number).
 */
export function byScore<T extends { score: number }>(items: T[]): T[] {
  if (items.length > INSERTION_SORT_MAX) return items.sort((a, b) => b.score - a.score);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    let j = i - 1;
    for (; j >= 0; j--) {
      const before = items[j];
      // Not `>=`: a NaN score stays where it is, as the comparator's NaN (read as a tie) leaves it.
      if (before === undefined || !(before.score < item.score)) break;
      items[j + 1] = before;
    }
    items[j + 1] = item;
  }
  return items;
}
