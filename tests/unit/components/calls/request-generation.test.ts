import { describe, expect, it } from 'vitest';
import { RequestGeneration } from '@/components/calls/request-generation';

type Step = 'new view' | 'load more';

/** Replays a sequence of requests and reports which of them are still current at the end. */
function currentAfter(steps: readonly Step[]): boolean[] {
  const requests = new RequestGeneration();
  const made = steps.map((step) => (step === 'new view' ? requests.next() : requests.current));
  return made.map((generation) => requests.isCurrent(generation));
}

describe('RequestGeneration', () => {
  it.each<[string, Step[], boolean[]]>([
    ['a first page stays current', ['new view'], [true]],
    ['a further page joins its view', ['new view', 'load more', 'load more'], [true, true, true]],
    ['filters changed while a further page loads: that page is stale', ['new view', 'load more', 'new view'], [false, false, true]],
    ['a page asked for after the change belongs to the new view', ['new view', 'new view', 'load more'], [false, true, true]],
    ['a retry replaces the view it retries', ['new view', 'load more', 'new view', 'new view'], [false, false, false, true]],
  ])('%s', (_name, steps, expected) => {
    expect(currentAfter(steps)).toEqual(expected);
  });

});
