/**
 * AppSync applies a subscription's `filter` argument server-side (the resolver calls
 * `$extensions.setSubscriptionFilter`, which the simulator lacks); the twin applies the same
 * ModelSubscription filter here so a filtered `onCreate`/`observeQuery` behaves as on AWS.
 */
export type SubscriptionFilter = { [key: string]: unknown };

type Scalar = string | number | boolean | null | undefined;

function matchesCondition(value: unknown, condition: { [op: string]: unknown }): boolean {
  const actual = value as Scalar | Scalar[];
  return Object.entries(condition).every(([op, expected]) => {
    switch (op) {
      case 'eq':
        return actual === expected;
      case 'ne':
        return actual !== expected;
      case 'gt':
        return actual !== null && actual !== undefined && (actual as number) > (expected as number);
      case 'ge':
        return actual !== null && actual !== undefined && (actual as number) >= (expected as number);
      case 'lt':
        return actual !== null && actual !== undefined && (actual as number) < (expected as number);
      case 'le':
        return actual !== null && actual !== undefined && (actual as number) <= (expected as number);
      case 'between': {
        const [low, high] = Array.isArray(expected) ? expected : [];
        return actual !== null && actual !== undefined && (actual as number) >= (low as number) && (actual as number) <= (high as number);
      }
      case 'beginsWith':
        return typeof actual === 'string' && typeof expected === 'string' && actual.startsWith(expected);
      case 'contains':
        return Array.isArray(actual) ? actual.includes(expected as Scalar) : typeof actual === 'string' && actual.includes(String(expected));
      case 'notContains':
        return Array.isArray(actual) ? !actual.includes(expected as Scalar) : !(typeof actual === 'string' && actual.includes(String(expected)));
      case 'in':
        return Array.isArray(expected) && expected.includes(actual);
      case 'notIn':
        return Array.isArray(expected) && !expected.includes(actual);
      case 'attributeExists':
        return (actual !== undefined && actual !== null) === expected;
      default:
        throw new Error(`Unsupported subscription filter operator ${op}`);
    }
  });
}

/** True when the item satisfies the ModelSubscription filter (fields ANDed; `and`/`or` lists). */
export function matchesSubscriptionFilter(item: { [key: string]: unknown }, filter: SubscriptionFilter | null | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, condition]) => {
    if (condition === null || condition === undefined) return true;
    if (key === 'and') return (condition as SubscriptionFilter[]).every((part) => matchesSubscriptionFilter(item, part));
    if (key === 'or') {
      const parts = condition as SubscriptionFilter[];
      return parts.length === 0 || parts.some((part) => matchesSubscriptionFilter(item, part));
    }
    if (key === 'not') return !matchesSubscriptionFilter(item, condition as SubscriptionFilter);
    return matchesCondition(item[key], condition as { [op: string]: unknown });
  });
}

/** Wraps a subscription's event stream so only events matching `filter` pass; return() reaches the source. */
export function filterEvents<T>(source: AsyncIterator<T>, keep: (event: T) => boolean): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || keep(result.value)) return result;
      }
    },
    async return(value?: unknown) {
      if (source.return) return source.return(value);
      return { done: true, value: undefined as T };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
