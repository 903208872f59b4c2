/**
 * HCL's operators on constant values. Arithmetic and comparison convert their operands to numbers
 * (so `"2" + 1` is 3, as in cty), logic converts to bools; equality compares type and value.
 */
import type { BinaryOperator } from './ast';
import * as decimal from './decimal';
import { boolValue, type HclValue, numberFromDecimal, toBool, toDecimal, UNKNOWN, valuesEqual } from './values';

export function evaluateBinary(operator: BinaryOperator, left: HclValue, right: HclValue): HclValue {
  switch (operator) {
    case '==':
    case '!=': {
      const equal = valuesEqual(left, right);
      return equal === undefined ? UNKNOWN : boolValue(operator === '==' ? equal : !equal);
    }
    case '&&':
    case '||': {
      const a = toBool(left);
      const b = toBool(right);
      if (a === undefined || b === undefined) return UNKNOWN;
      return boolValue(operator === '&&' ? a && b : a || b);
    }
    default:
      return arithmetic(operator, left, right);
  }
}

function arithmetic(operator: BinaryOperator, left: HclValue, right: HclValue): HclValue {
  const a = toDecimal(left);
  const b = toDecimal(right);
  if (a === undefined || b === undefined) return UNKNOWN;
  switch (operator) {
    case '<':
      return boolValue(decimal.compare(a, b) < 0);
    case '<=':
      return boolValue(decimal.compare(a, b) <= 0);
    case '>':
      return boolValue(decimal.compare(a, b) > 0);
    case '>=':
      return boolValue(decimal.compare(a, b) >= 0);
    case '+':
      return numberFromDecimal(decimal.add(a, b));
    case '-':
      return numberFromDecimal(decimal.subtract(a, b));
    case '*':
      return numberFromDecimal(decimal.multiply(a, b));
    case '/': {
      const quotient = decimal.divide(a, b);
      return quotient === undefined ? UNKNOWN : numberFromDecimal(quotient);
    }
    case '%': {
      const remainder = decimal.modulo(a, b);
      return remainder === undefined ? UNKNOWN : numberFromDecimal(remainder);
    }
    default:
      return UNKNOWN;
  }
}

export function evaluateUnary(operator: '-' | '!', operand: HclValue): HclValue {
  if (operator === '!') {
    const value = toBool(operand);
    return value === undefined ? UNKNOWN : boolValue(!value);
  }
  const value = toDecimal(operand);
  return value === undefined ? UNKNOWN : numberFromDecimal(decimal.negate(value));
}
