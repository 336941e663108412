import { describe, expect, it } from 'vitest';
import { resolveReferences, resolveSinglePath, type ContactState } from '../../../../../local/twin/connect/references';

const state: ContactState = {
  contactId: 'c-1',
  initialContactId: 'c-1',
  channel: 'VOICE',
  instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i',
  awsRegion: 'us-east-1',
  customerEndpoint: { Address: '+18003569377', Type: 'TELEPHONE_NUMBER' },
  systemEndpoint: { Address: '+18005550199', Type: 'TELEPHONE_NUMBER' },
  attributes: { vanity1: '1-800-FLOWERS', 'with space': 'yes' },
  external: { status: 'OK', count: '3' },
};

describe('resolveReferences', () => {
  it.each([
    ['Status $.External.status.', 'Status OK.'],
    ['<say-as interpret-as="characters">$.Attributes.vanity1</say-as>', '<say-as interpret-as="characters">1-800-FLOWERS</say-as>'],
    ["$.Attributes.['with space']", 'yes'],
    ['From $.CustomerEndpoint.Address to $.SystemEndpoint.Address', 'From +18003569377 to +18005550199'],
    ['Contact $.ContactId on $.Channel', 'Contact c-1 on VOICE'],
    ['Missing: [$.External.nothing]', 'Missing: []'],
    ['No reference at all', 'No reference at all'],
  ])('%j -> %j', (text, expected) => {
    expect(resolveReferences(text, state)).toBe(expected);
  });

  it('names an attribute namespace it does not support', () => {
    expect(() => resolveReferences('$.Lex.IntentName', state)).toThrow('$.Lex');
  });
});

describe('resolveSinglePath', () => {
  it.each([
    ['$.External.count', '3'],
    ['$.External.absent', ''],
    ['static value', 'static value'],
  ])('%j -> %j', (value, expected) => {
    expect(resolveSinglePath(value, state)).toBe(expected);
  });
});
