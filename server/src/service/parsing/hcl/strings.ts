/**
 * Decoding template text: backslash escapes (quoted strings only), `$${` and `%%{`, and HCL's NFC
 * normalization of string values (cty normalizes every string it makes). Only tokens the scanner
 * marked LIT_COMPLEX come here; plain text is taken as it stands.
 *
 * A backslash that starts no escape (`"C:\Users\me"`, a Windows path) is kept, as the user meant,
 * and the text gets one diagnostic however many there are, with a fix doubling each.
 */
import { error, type HclDiagnostic } from './diagnostics';

const HINT = 'HCL knows \\n, \\r, \\t, \\", \\\\, \\uNNNN and \\UNNNNNNNN (and $${ or %%{ for a literal ${ or %{).';

interface BadEscape {
  start: number;
  end: number;
  /** HCL's own words for it. */
  hcl: string;
  /** Whether doubling the backslash repairs it (not for a \u with too few digits meant as one). */
  literal: boolean;
}

export function decodeLiteral(
  text: string,
  start: number,
  end: number,
  quoted: boolean,
  diagnostics: HclDiagnostic[],
): string {
  let out = '';
  let copied = start;
  let nonAscii = false;
  const bad: BadEscape[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      nonAscii = true;
      i++;
      continue;
    }
    if ((c === 0x24 || c === 0x25) && i + 2 < end && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 0x7b) {
      out += text.slice(copied, i + 1) + '{';
      copied = i += 3;
      continue;
    }
    if (c !== 0x5c || !quoted) {
      i++;
      continue;
    }
    out += text.slice(copied, i);
    const escape = decodeEscape(text, i, end, bad);
    out += escape.value;
    copied = i = escape.end;
  }
  out += text.slice(copied, end);
  if (bad.length > 0) diagnostics.push(report(text, bad));
  return nonAscii ? out.normalize('NFC') : out;
}

function report(text: string, bad: BadEscape[]): HclDiagnostic {
  const first = bad[0]!;
  const last = bad[bad.length - 1]!;
  const range = { start: first.start, end: last.end };
  const shown = bad.map((b) => `"${text.slice(b.start, b.end)}"`).join(', ');
  const said =
    bad.length === 1
      ? `${shown} is not an escape sequence: for a backslash itself, write it twice ("\\\\"). It is read as written.`
      : `${shown} are not escape sequences: for a backslash itself, write it twice ("\\\\"). They are read as written.`;
  let fix;
  if (bad.every((b) => b.literal)) {
    let newText = '';
    let copied = range.start;
    for (const b of bad) {
      newText += text.slice(copied, b.start) + '\\';
      copied = b.start;
    }
    fix = { range, newText: newText + text.slice(copied, range.end) };
  }
  return error('invalid-escape', range, 'Invalid escape sequence', `${said} ${first.hcl} ${HINT}`, fix);
}

function decodeEscape(text: string, i: number, end: number, bad: BadEscape[]): { value: string; end: number } {
  const selector = i + 1 < end ? text[i + 1] : undefined;
  switch (selector) {
    case 'n':
      return { value: '\n', end: i + 2 };
    case 'r':
      return { value: '\r', end: i + 2 };
    case 't':
      return { value: '\t', end: i + 2 };
    case '"':
      return { value: '"', end: i + 2 };
    case '\\':
      return { value: '\\', end: i + 2 };
    case 'u':
    case 'U':
      return unicodeEscape(text, i, end, selector === 'u' ? 4 : 8, bad);
    case undefined:
      bad.push({
        start: i,
        end: i + 1,
        hcl: 'Backslash must be followed by an escape sequence selector character.',
        literal: true,
      });
      return { value: '\\', end: i + 1 };
    default:
      bad.push({
        start: i,
        end: i + 2,
        hcl: `The symbol "${selector}" is not a valid escape sequence selector.`,
        literal: true,
      });
      return { value: '\\' + selector, end: i + 2 };
  }
}

function unicodeEscape(
  text: string,
  i: number,
  end: number,
  digits: number,
  bad: BadEscape[],
): { value: string; end: number } {
  let j = i + 2;
  while (j < end && j < i + 2 + digits && isHex(text.charCodeAt(j))) j++;
  const letter = digits === 4 ? 'u' : 'U';
  if (j - (i + 2) !== digits) {
    // `\Users`: no digits at all is a path; `\u12` is a Unicode escape cut short.
    const literal = j === i + 2;
    bad.push({
      start: i,
      end: j === i + 2 ? i + 2 : j,
      hcl: `The \\${letter} escape sequence must be followed by ${digits === 4 ? 'four' : 'eight'} hexadecimal digits.`,
      literal,
    });
    return { value: text.slice(i, j === i + 2 ? i + 2 : j), end: j === i + 2 ? i + 2 : j };
  }
  const code = parseInt(text.slice(i + 2, j), 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    const hex = code.toString(16).padStart(4, '0');
    bad.push({ start: i, end: j, hcl: `Cannot encode character U+${hex} in UTF-8.`, literal: false });
    return { value: '', end: j };
  }
  return { value: String.fromCodePoint(code), end: j };
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
