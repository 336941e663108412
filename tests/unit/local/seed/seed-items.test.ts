import { describe, expect, it } from 'vitest';
import { callIncrements } from '../../../../amplify/functions/vanity-lookup/tally-transaction';
import { seedCalls } from '../../../../local/seed/seed-calls';
import { callItems, CountTotals, vanityCallItem } from '../../../../local/seed/seed-items';

const NOW = new Date('2026-11-30T00:00:00.000Z');

describe('seedCalls', () => {
  const calls = [...seedCalls({ calls: 2000, days: 7, now: NOW, seed: 7 })];

  it('builds every call with the function core, inside the window, with every outcome', () => {
    expect(calls).toHaveLength(2000);
    for (const call of calls) {
      expect(call.createdAt >= '2026-11-23T00:00:00.000Z' && call.createdAt < NOW.toISOString()).toBe(true);
    }
    const outcomes = new Set(calls.map((call) => call.outcome));
    expect([...outcomes].sort()).toEqual(['NO_USABLE_NUMBER', 'NO_WORDS', 'OK']);
    expect(new Set(calls.map((call) => call.contactId)).size).toBe(2000);
  });

  it('is reproducible from its seed, and has repeat callers', () => {
    const again = [...seedCalls({ calls: 2000, days: 7, now: NOW, seed: 7 })];
    expect(again.map((call) => call.callerNumber)).toEqual(calls.map((call) => call.callerNumber));
    const callers = new Set(calls.map((call) => call.callerNumber));
    expect(callers.size).toBeLessThan(calls.length * 0.75);
  });

  it('adds up the counts a call-by-call tally would', () => {
    const totals = new CountTotals();
    const byHour = new Map<string, number>();
    for (const call of calls) {
      totals.add(call);
      const hour = `${call.createdAt.slice(0, 13)}:00:00.000Z`;
      byHour.set(hour, (byHour.get(hour) ?? 0) + (callIncrements(call).total ?? 0));
    }
    const updates = totals.updates('CallCount-x', NOW.toISOString());
    const hourly = updates.filter((update) => update.Key.granularity.S === 'HOUR');
    const total = (update: (typeof updates)[number]) => Number(update.ExpressionAttributeValues[':c0']?.N);
    expect(new Map(hourly.map((update) => [String(update.Key.slot.S), total(update)]))).toEqual(byHour);
    expect(updates.filter((update) => update.Key.granularity.S === 'DAY').reduce((sum, update) => sum + total(update), 0)).toBe(2000);
  });

  it('writes a call as AppSync would, marked counted, with its word rows', () => {
    const call = calls.find((c) => c.outcome === 'OK');
    if (call === undefined) throw new Error('no OK call seeded');
    expect(vanityCallItem(call)).toMatchObject({ __typename: { S: 'VanityCall' }, kind: { S: 'CALL' }, countedAt: { S: call.createdAt } });
    const items = callItems(call, { calls: 'V', words: 'W' });
    expect(items[0]?.table).toBe('V');
    expect(items.slice(1).every((entry) => entry.table === 'W' && entry.item.__typename?.S === 'CallWord')).toBe(true);
  });
});
