import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { VanityCallRecord } from '../../amplify/functions/vanity-lookup/call-record';
import { COUNT_GRANULARITIES, countSlot } from '../../amplify/functions/vanity-lookup/count-slots';
import { callIncrements, callSummaryItem, COUNTED_MARK, countUpdate, wordItems } from '../../amplify/functions/vanity-lookup/tally-transaction';

type Item = Record<string, AttributeValue>;

/**
 * The VanityCall item as AppSync's create writes it (the record, __typename, updatedAt) with the
 * tally's mark: the seed counts the calls itself, in bulk, so a later replay does not count them again.
 */
export function vanityCallItem(record: VanityCallRecord): Item {
  return {
    ...callSummaryItem(record),
    kind: { S: record.kind },
    __typename: { S: 'VanityCall' },
    updatedAt: { S: record.createdAt },
    [COUNTED_MARK]: { S: record.createdAt },
  };
}

/** Every item one call writes: its record and its word rows, as the function and its tally write them. */
export function callItems(record: VanityCallRecord, tables: { calls: string; words: string }): { table: string; item: Item }[] {
  return [
    { table: tables.calls, item: vanityCallItem(record) },
    ...wordItems(record, record.createdAt).map((item) => ({ table: tables.words, item })),
  ];
}

/** Counts added up per CallCount row: the sum of what each call's tally would ADD, written as one ADD a row. */
export class CountTotals {
  private readonly rows = new Map<string, Record<string, number>>();

  add(record: VanityCallRecord): void {
    const increments = callIncrements(record);
    for (const granularity of COUNT_GRANULARITIES) {
      const key = `${granularity} ${countSlot(record.createdAt, granularity)}`;
      const row = this.rows.get(key) ?? {};
      for (const [counter, value] of Object.entries(increments)) row[counter] = (row[counter] ?? 0) + value;
      this.rows.set(key, row);
    }
  }

  /** One UpdateItem (ADD) per row touched. */
  updates(table: string, now: string): ReturnType<typeof countUpdate>[] {
    return [...this.rows].map(([key, increments]) => {
      const [granularity = 'HOUR', slot = ''] = key.split(' ');
      return countUpdate(table, granularity, slot, increments, now);
    });
  }

  get size(): number {
    return this.rows.size;
  }
}
