import { describe, expect, it } from 'vitest';
import { resolveIntrinsics, type IntrinsicScope, type Json } from '../../../../../local/twin/assembly/intrinsics';

const scope: IntrinsicScope = {
  ref: (name) => ({ 'AWS::Region': 'us-east-1', ApiId: 'local', Mode: 'PAY_PER_REQUEST' })[name] ?? `ref:${name}`,
  getAtt: (id, attribute) => (attribute === 'TableArn' ? `arn:aws:dynamodb:us-east-1:123456789012:table/${id}-t` : `${id}.${attribute}`),
  condition: (name) => name === 'IsOn',
};

describe('resolveIntrinsics', () => {
  it.each<[string, Json, Json | undefined]>([
    ['Ref', { Ref: 'ApiId' }, 'local'],
    ['Fn::Join', { 'Fn::Join': ['-', ['VanityCall', { Ref: 'ApiId' }, 'NONE']] }, 'VanityCall-local-NONE'],
    ['Fn::Sub with a pseudo parameter and GetAtt', { 'Fn::Sub': 'b-${AWS::Region}/${Fn.Name}' }, 'b-us-east-1/Fn.Name'],
    ['Fn::Sub with variables', { 'Fn::Sub': ['${x}!', { x: { Ref: 'ApiId' } }] }, 'local!'],
    [
      'Fn::Select over Fn::Split of a table ARN',
      { 'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::Select': [5, { 'Fn::Split': [':', { 'Fn::GetAtt': ['Calls', 'TableArn'] }] }] }] }] },
      'Calls-t',
    ],
    ['Fn::If true branch', { 'Fn::If': ['IsOn', 'yes', 'no'] }, 'yes'],
    ['Fn::If false branch', { 'Fn::If': ['IsOff', 'yes', 'no'] }, 'no'],
    ['Fn::Equals', { 'Fn::Equals': [{ Ref: 'Mode' }, 'PAY_PER_REQUEST'] }, true],
    ['Fn::Not', { 'Fn::Not': [{ 'Fn::Equals': ['a', 'b'] }] }, true],
    ['AWS::NoValue drops the key', { a: 1, b: { Ref: 'AWS::NoValue' } }, { a: 1 }],
    ['AWS::NoValue drops list items', ['x', { Ref: 'AWS::NoValue' }], ['x']],
    ['plain objects are walked', { nested: { value: { Ref: 'ApiId' } } }, { nested: { value: 'local' } }],
  ])('%s', (_name, input, expected) => {
    expect(resolveIntrinsics(input, scope)).toEqual(expected);
  });

  it('names an intrinsic it cannot resolve instead of passing it through', () => {
    expect(() => resolveIntrinsics({ 'Fn::ImportValue': 'x' }, scope)).toThrow('Fn::ImportValue');
  });
});
