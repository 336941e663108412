import { describe, expect, it } from 'vitest';
import flow from '@/flows/vanity-contact-flow.json';
import { generateVanityNumbers } from '@/amplify/engine';
import { lookupCall } from '@/amplify/functions/vanity-lookup/lookup-call';
import { heardLines } from '@/components/call-detail/heard';
import type { FlowDocument } from '@/local/twin/connect/flow-language';
import { runFlow } from '@/local/twin/connect/interpreter';
import { contactEvent } from '../../functions/vanity-lookup/fixtures';

const CALL = { systemNumber: '+18005550100', instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/test', region: 'us-east-1' };
const context = { generate: generateVanityNumbers, now: new Date('2026-11-30T12:00:00Z'), retentionDays: 90 };

describe('heardLines', () => {
  // What the detail page says the caller heard must be what the local Connect played for the same call.
  it.each(['+18003569377', '+442079460000', '+18001000100', 'anonymous', '+61291234567', '+18004685865', '+493012345678'])(
    'matches the flow run for %s',
    async (number) => {
      const lookup = lookupCall(contactEvent(number), context);
      if (lookup.record === undefined) throw new Error('no record');
      const run = await runFlow(flow as unknown as FlowDocument, { ...CALL, customerNumber: number }, () => Promise.resolve(lookup.result));
      const record = { ...lookup.record, vanityNumbers: lookup.record.vanityNumbers };
      expect(heardLines(record)).toEqual(run.transcript.map((line) => line.text));
    },
  );

  it.each([
    [['1-800-FLOWERS'], /^Here is a vanity number that spells/],
    [['1-800-FLOWERS', '1-800-GOT-JUNK'], /^Here are vanity numbers that spell/],
  ])('introduces %j in the singular or plural, as the flow does', (vanityNumbers, intro) => {
    const lines = heardLines({ outcome: 'OK', vanityNumbers, spokenCount: vanityNumbers.length });
    expect(lines[1]).toMatch(intro);
    expect(lines).toHaveLength(3 + vanityNumbers.length);
  });

  it('says the lookup failed for an error record', () => {
    const lines = heardLines({ outcome: 'ERROR', vanityNumbers: [], spokenCount: 0 });
    expect(lines[1]).toMatch(/could not find vanity numbers right now/);
    expect(lines).toHaveLength(3);
  });
});
