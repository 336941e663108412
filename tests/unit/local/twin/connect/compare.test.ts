import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../../../local/twin/connect/compare';

describe('evaluateCondition', () => {
  it.each([
    ['Equals', 'OK', 'OK', true],
    ['Equals', 'OK', 'ok', false],
    ['TextStartsWith', '1-800-FLOWERS', '1-800', true],
    ['TextStartsWith', '1-800-FLOWERS', 'FLOW', false],
    ['TextEndsWith', '1-800-FLOWERS', 'ERS', true],
    ['TextEndsWith', '1-800-FLOWERS', '1-800', false],
    ['TextContains', '1-800-FLOWERS', 'FLOW', true],
    ['TextContains', '1-800-FLOWERS', 'JUNK', false],
    ['NumberGreaterThan', '3', '2', true],
    ['NumberGreaterThan', '2', '2', false],
    ['NumberGreaterOrEqualTo', '2', '2', true],
    ['NumberGreaterOrEqualTo', '1', '2', false],
    ['NumberLessThan', '1', '2', true],
    ['NumberLessThan', '2', '2', false],
    ['NumberLessOrEqualTo', '2', '2', true],
    ['NumberLessOrEqualTo', '3', '2', false],
    ['NumberGreaterOrEqualTo', '', '0', false],
    ['NumberLessThan', 'three', '5', false],
  ])('%s(%j, %j) is %s', (operator, value, operand, expected) => {
    expect(evaluateCondition(value, operator, [operand])).toBe(expected);
  });

  it.each([
    ['NumberBetween', ['1'], /unsupported condition operator "NumberBetween"/],
    ['Equals', ['a', 'b'], /exactly one operand/],
    ['Equals', [], /exactly one operand/],
  ])('rejects %s with operands %j', (operator, operands, message) => {
    expect(() => evaluateCondition('x', operator, operands)).toThrow(message);
  });
});
