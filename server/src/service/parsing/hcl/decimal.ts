/**
 * Exact decimal arithmetic for constant evaluation. HCL computes in arbitrary precision (cty's
 * 512-bit floats), so `3.14159265358979323846264338327950288419716939937510582097494459 + 1` keeps
 * every digit, and `11 % 5.1` is 0.8, not the 0.8000000000000007 of doubles. A value is
 * coefficient × 10^exponent with a BigInt coefficient.
 */

export interface Decimal {
  coefficient: bigint;
  exponent: number;
}

/** Significant digits kept by a division that does not end. */
const DIVISION_DIGITS = 40;

/** Parses `123`, `-1.5`, `2e10`, `1.5E-3`, `1e+21` (JavaScript's own number format too). */
export function parseDecimal(text: string): Decimal | undefined {
  let i = 0;
  let negative = false;
  if (text[0] === '-' || text[0] === '+') {
    negative = text[0] === '-';
    i = 1;
  }
  let digits = '';
  let exponent = 0;
  let seenPoint = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') {
      digits += c;
      if (seenPoint) exponent--;
    } else if (c === '.' && !seenPoint) seenPoint = true;
    else break;
  }
  if (digits === '') return undefined;
  if (i < text.length) {
    if (text[i] !== 'e' && text[i] !== 'E') return undefined;
    const power = Number(text.slice(i + 1));
    if (!Number.isInteger(power) || !/^[+-]?\d+$/.test(text.slice(i + 1))) return undefined;
    exponent += power;
  }
  // Exponents this large would make BigInt powers of ten enormous; doubles are enough there.
  if (Math.abs(exponent) > 1000) return undefined;
  const coefficient = BigInt(digits);
  return normalize({ coefficient: negative ? -coefficient : coefficient, exponent });
}

export function fromNumber(value: number): Decimal | undefined {
  return Number.isFinite(value) ? parseDecimal(String(value)) : undefined;
}

function normalize(d: Decimal): Decimal {
  if (d.coefficient === 0n) return { coefficient: 0n, exponent: 0 };
  let { coefficient, exponent } = d;
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent++;
  }
  return { coefficient, exponent };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.coefficient * 10n ** BigInt(a.exponent - exponent),
    b.coefficient * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return normalize({ coefficient: x + y, exponent });
}

export function negate(a: Decimal): Decimal {
  return { coefficient: -a.coefficient, exponent: a.exponent };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, negate(b));
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return normalize({ coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent });
}

/** Undefined for a division by zero. */
export function divide(a: Decimal, b: Decimal): Decimal | undefined {
  if (b.coefficient === 0n) return undefined;
  const [x, y] = align(a, b);
  // Scale the dividend so that the quotient has enough significant digits, then truncate.
  const scale = Math.max(0, DIVISION_DIGITS - (digitCount(x) - digitCount(y)));
  const quotient = (x * 10n ** BigInt(scale)) / y;
  return normalize({ coefficient: quotient, exponent: -scale });
}

/** cty's Modulo: a - b × trunc(a / b), which keeps the sign of `a`. Undefined for `% 0`. */
export function modulo(a: Decimal, b: Decimal): Decimal | undefined {
  if (b.coefficient === 0n) return undefined;
  const [x, y, exponent] = align(a, b);
  return normalize({ coefficient: x % y, exponent });
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function digitCount(n: bigint): number {
  return (n < 0n ? -n : n).toString().length;
}

/** Plain positional notation, never an exponent (as cty prints numbers into strings). */
export function formatDecimal(d: Decimal): string {
  const negative = d.coefficient < 0n;
  const digits = (negative ? -d.coefficient : d.coefficient).toString();
  let text: string;
  if (d.exponent >= 0) text = digits + '0'.repeat(d.exponent);
  else {
    const point = digits.length + d.exponent;
    text = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  }
  return negative ? `-${text}` : text;
}
