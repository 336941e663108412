function asNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function numeric(left: string, right: string, test: (a: number, b: number) => boolean): boolean {
  const a = asNumber(left);
  const b = asNumber(right);
  // Connect: a numeric comparison is false when either side is not a number.
  return a !== undefined && b !== undefined && test(a, b);
}

/** The eight Flow Language condition operators; each takes one operand. */
const OPERATORS: Record<string, (value: string, operand: string) => boolean> = {
  Equals: (value, operand) => value === operand,
  TextStartsWith: (value, operand) => value.startsWith(operand),
  TextEndsWith: (value, operand) => value.endsWith(operand),
  TextContains: (value, operand) => value.includes(operand),
  NumberGreaterThan: (value, operand) => numeric(value, operand, (a, b) => a > b),
  NumberGreaterOrEqualTo: (value, operand) => numeric(value, operand, (a, b) => a >= b),
  NumberLessThan: (value, operand) => numeric(value, operand, (a, b) => a < b),
  NumberLessOrEqualTo: (value, operand) => numeric(value, operand, (a, b) => a <= b),
};

/** Evaluates one condition; an unknown operator or operand count is a flow error. */
export function evaluateCondition(value: string, operator: string, operands: readonly string[]): boolean {
  const test = OPERATORS[operator];
  if (!test) throw new Error(`unsupported condition operator "${operator}" (supported: ${Object.keys(OPERATORS).join(', ')})`);
  const [operand] = operands;
  if (operands.length !== 1 || operand === undefined) throw new Error(`operator ${operator} takes exactly one operand, got ${operands.length}`);
  return test(value, operand);
}
