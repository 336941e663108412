/** Rows per block: a page of calls. */
export const BLOCK_ROWS = 20;

/** A run of consecutive rows drawn as one block, under a key that stays the block's while the list grows. */
export interface CallBlock<T> {
  key: string;
  calls: T[];
}

/**
 * Groups a newest-first list into blocks that keep their rows as the list grows: a new page at the end and live calls
 * at the top fill a block of their own (or the open block beside them) rather than shifting every block's rows by one.
 * So the browser tracks one block per page for `content-visibility` (not one per row; at a thousand rows Chromium's
 * per-element visibility check was the largest share of a "Load more"), and React redraws only the blocks that changed.
 * Holds the contact id -> block assignment between renders; calls gone from the list are forgotten.
 */
export class CallBlocks {
  private blockOf = new Map<string, number>();
  private nextBlock = 0;

  group<T extends { contactId: string }>(calls: readonly T[]): CallBlock<T>[] {
    const blockOf = new Map<string, number>();
    const size = new Map<number, number>();
    const place = (id: string, block: number) => {
      blockOf.set(id, block);
      size.set(block, (size.get(block) ?? 0) + 1);
    };
    for (const call of calls) {
      const block = this.blockOf.get(call.contactId);
      if (block !== undefined && !blockOf.has(call.contactId)) place(call.contactId, block);
    }
    const open = (block: number | undefined) => (block !== undefined && (size.get(block) ?? 0) < BLOCK_ROWS ? block : undefined);
    calls.forEach((call, index) => {
      if (blockOf.has(call.contactId)) return;
      const before = calls[index - 1];
      const after = calls[index + 1];
      const beside = open(before === undefined ? undefined : blockOf.get(before.contactId)) ?? (before === undefined && after !== undefined ? open(blockOf.get(after.contactId)) : undefined);
      place(call.contactId, beside ?? this.nextBlock++);
    });
    this.blockOf = blockOf;

    const blocks: CallBlock<T>[] = [];
    const runs = new Map<number, number>();
    let last: number | undefined;
    for (const call of calls) {
      const block = blockOf.get(call.contactId) ?? -1;
      const current = blocks.at(-1);
      if (block === last && current !== undefined) {
        current.calls.push(call);
        continue;
      }
      // A block split in two (a call re-saved with another time moves) keeps unique keys.
      const run = runs.get(block) ?? 0;
      runs.set(block, run + 1);
      blocks.push({ key: run === 0 ? `b${block}` : `b${block}-${run}`, calls: [call] });
      last = block;
    }
    return blocks;
  }
}
