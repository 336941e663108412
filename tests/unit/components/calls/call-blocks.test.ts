import { describe, expect, it } from 'vitest';
import { BLOCK_ROWS, CallBlocks } from '@/components/calls/call-blocks';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const calls = (list: readonly string[]) => list.map((contactId) => ({ contactId }));

/** Replays the lists a feed shows in turn; returns each render's blocks as [key, first id, rows]. */
function blocksAfter(lists: readonly (readonly string[])[]): [string, string, number][][] {
  const blocks = new CallBlocks();
  return lists.map((list) => blocks.group(calls(list)).map((b) => [b.key, b.calls[0]?.contactId ?? '', b.calls.length]));
}

const page1 = ids('p1-', BLOCK_ROWS);
const page2 = ids('p2-', BLOCK_ROWS);

describe('CallBlocks', () => {
  it.each<[string, string[][], [string, string, number][]]>([
    ['a first page is one block', [page1], [['b0', 'p1-0', 20]]],
    ['a further page is a new block; the first keeps its key and rows', [page1, [...page1, ...page2]], [['b0', 'p1-0', 20], ['b1', 'p2-0', 20]]],
    ['a short last page is filled by the next one before a new block opens', [ids('a', 5), [...ids('a', 5), ...ids('b', 20)]], [['b0', 'a0', 20], ['b1', 'b15', 5]]],
    ['a live call opens a block at the top; the page below keeps its key', [page1, ['live0', ...page1]], [['b1', 'live0', 1], ['b0', 'p1-0', 20]]],
    ['later live calls join the open block at the top', [page1, ['live0', ...page1], ['live1', 'live0', ...page1]], [['b1', 'live1', 2], ['b0', 'p1-0', 20]]],
    ['a new view (other calls) starts again', [page1, page2], [['b1', 'p2-0', 20]]],
    ['a call between rows of an open block joins it', [ids('a', 3), ['a1', 'a0', 'x', 'a2']], [['b0', 'a1', 4]]],
    ['a call inside a full block splits it under unique keys', [page1, [...page1.slice(0, 5), 'x', ...page1.slice(5)]], [['b0', 'p1-0', 5], ['b1', 'x', 1], ['b0-1', 'p1-5', 15]]],
  ])('%s', (_name, lists, expected) => {
    expect(blocksAfter(lists).at(-1)).toEqual(expected);
  });

  it('keeps every call, once, in order', () => {
    const list = [...ids('live', 3), ...page1, ...page2, ...ids('p3-', 7)];
    const blocks = new CallBlocks();
    blocks.group(calls(page1));
    expect(blocks.group(calls(list)).flatMap((b) => b.calls.map((c) => c.contactId))).toEqual(list);
  });
});
