import { describe, expect, it } from 'vitest';
import { filterEvents, matchesSubscriptionFilter, type SubscriptionFilter } from '../../../../local/twin/subscription-filter';

const call = { callerNumber: '+13035551234', outcome: 'OK', spokenCount: 3, vanityNumbers: ['1-303-555-CALL'] };

describe('matchesSubscriptionFilter', () => {
  it.each<[SubscriptionFilter | undefined, boolean]>([
    [undefined, true],
    [{ callerNumber: { eq: '+13035551234' } }, true],
    [{ callerNumber: { eq: '+1' } }, false],
    [{ callerNumber: { beginsWith: '+1303' } }, true],
    [{ spokenCount: { gt: 2 } }, true],
    [{ spokenCount: { between: [0, 2] } }, false],
    [{ outcome: { in: ['OK', 'ERROR'] } }, true],
    [{ outcome: { ne: 'OK' } }, false],
    [{ vanityNumbers: { contains: '1-303-555-CALL' } }, true],
    [{ and: [{ outcome: { eq: 'OK' } }, { spokenCount: { lt: 3 } }] }, false],
    [{ or: [{ outcome: { eq: 'ERROR' } }, { spokenCount: { ge: 3 } }] }, true],
  ])('%j -> %s', (filter, expected) => {
    expect(matchesSubscriptionFilter(call, filter)).toBe(expected);
  });
});

describe('filterEvents', () => {
  it('passes matching events only and forwards return() to the source', async () => {
    let returned = false;
    const values = [1, 2, 3, 4];
    const source: AsyncIterator<number> = {
      next: () => Promise.resolve(values.length ? { done: false, value: values.shift() ?? 0 } : { done: true, value: undefined }),
      return: () => {
        returned = true;
        return Promise.resolve({ done: true, value: undefined });
      },
    };
    const even = filterEvents(source, (n) => n % 2 === 0);
    expect(await even.next()).toEqual({ done: false, value: 2 });
    expect(await even.next()).toEqual({ done: false, value: 4 });
    await even.return?.();
    expect(returned).toBe(true);
  });
});
