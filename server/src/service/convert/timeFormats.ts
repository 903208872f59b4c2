/**
 * Date layouts of the legacy `isotime` (Go's reference-time layout, "2006-01-02T15:04:05Z07:00")
 * and `strftime` ("%Y%m%d") functions, rewritten as the format spec of HCL2's `formatdate`
 * ("YYYY-MM-DD'T'hh:mm:ssZ"). Packer 1.6.6 has no `legacy_isotime`/`legacy_strftime`, so
 * `formatdate` is the one translation that works from 1.6.6 on. A layout element `formatdate` has
 * no equivalent for (fractional seconds, day of year, space-padded day) gives undefined.
 */

/** Go layout elements, longest first so that "2006" wins over "2" and "January" over "Jan". */
const GO_ELEMENTS: readonly [string, string | undefined][] = [
  ['January', 'MMMM'],
  ['Monday', 'EEEE'],
  ['Z07:00', 'Z'],
  ['-07:00', 'ZZZZZ'],
  ['Z0700', undefined],
  ['-0700', 'ZZZZ'],
  ['2006', 'YYYY'],
  ['Jan', 'MMM'],
  ['Mon', 'EEE'],
  ['MST', 'ZZZ'],
  ['002', undefined],
  ['.000', undefined],
  ['.999', undefined],
  ['-07', undefined],
  ['01', 'MM'],
  ['02', 'DD'],
  ['_2', undefined],
  ['15', 'hh'],
  ['03', 'HH'],
  ['04', 'mm'],
  ['05', 'ss'],
  ['06', 'YY'],
  ['PM', 'AA'],
  ['pm', 'aa'],
  ['1', 'M'],
  ['2', 'D'],
  ['3', 'H'],
  ['4', 'm'],
  ['5', 's'],
];

export function goLayoutToFormatdate(layout: string): string | undefined {
  const out = new SpecBuilder();
  let i = 0;
  outer: while (i < layout.length) {
    for (const [element, spec] of GO_ELEMENTS) {
      if (layout.startsWith(element, i)) {
        if (spec === undefined) return undefined;
        out.token(spec);
        i += element.length;
        continue outer;
      }
    }
    out.literal(layout[i] ?? '');
    i++;
  }
  return out.toString();
}

const STRFTIME: Readonly<Record<string, string | undefined>> = {
  Y: 'YYYY',
  y: 'YY',
  m: 'MM',
  d: 'DD',
  H: 'hh',
  I: 'HH',
  M: 'mm',
  S: 'ss',
  b: 'MMM',
  h: 'MMM',
  B: 'MMMM',
  a: 'EEE',
  A: 'EEEE',
  p: 'AA',
  Z: 'ZZZ',
  z: 'ZZZZ',
};

export function strftimeToFormatdate(format: string): string | undefined {
  const out = new SpecBuilder();
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    if (ch !== '%') {
      out.literal(ch);
      continue;
    }
    const directive = format[++i];
    if (directive === '%') {
      out.literal('%');
      continue;
    }
    const spec = directive === undefined ? undefined : STRFTIME[directive];
    if (spec === undefined) return undefined;
    out.token(spec);
  }
  return out.toString();
}

/** Letters are format tokens in `formatdate`: literal letters go inside single quotes. */
class SpecBuilder {
  private text = '';
  private quotedLiteral = '';

  token(spec: string): void {
    this.closeQuote();
    this.text += spec;
  }

  literal(ch: string): void {
    if (/[A-Za-z]/.test(ch)) this.quotedLiteral += ch;
    else if (ch === "'") this.quotedLiteral += "''";
    else {
      this.closeQuote();
      this.text += ch;
    }
  }

  toString(): string {
    this.closeQuote();
    return this.text;
  }

  private closeQuote(): void {
    if (this.quotedLiteral !== '') this.text += `'${this.quotedLiteral}'`;
    this.quotedLiteral = '';
  }
}
