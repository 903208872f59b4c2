/**
 * A first pass over a JSON template that repairs, in place and without moving any offset, the
 * mistakes that pasting from a web page brings: typographic quotes used as string delimiters and
 * look-alike characters where JSON wants plain whitespace or punctuation.
 *
 * Written by hand because no JSON parser recovers from these: jsonc-parser (which reads the
 * repaired text afterwards) sees `“` as an invalid symbol and loses the rest of the value, which
 * turns one curly quote into a cascade of errors.
 */
import { isCurlyDoubleQuote, isCurlySingleQuote, lookalike } from './characters';
import type { LookalikeRecovery, Recovery, SmartQuotesRecovery } from './recovery';

export interface RepairResult {
  /** Same length as the input: offsets are valid in both. */
  text: string;
  recoveries: Recovery[];
}

export function repairJsonText(input: string): RepairResult {
  const chars = input.split('');
  const recoveries: Recovery[] = [];
  let i = 0;
  let lastLookalike: LookalikeRecovery | undefined;

  while (i < input.length) {
    const char = input[i];
    if (char === '"') {
      i = scanStraightString(input, i, chars, recoveries);
      lastLookalike = undefined;
      continue;
    }
    if (isCurlyDoubleQuote(char) || isCurlySingleQuote(char) || char === "'") {
      i = scanCurlyString(input, i, chars, recoveries);
      lastLookalike = undefined;
      continue;
    }
    const look = lookalike(char);
    if (look !== undefined) {
      // Invisible characters and spaces become a space; dashes and punctuation their ASCII twin.
      chars[i] = look.intended === '' ? ' ' : look.intended;
      if (lastLookalike !== undefined && lastLookalike.range.end === i && lastLookalike.name === look.name) {
        lastLookalike.range.end = i + 1;
        lastLookalike.found += char;
        lastLookalike.replacement += look.intended;
      } else {
        lastLookalike = {
          kind: 'lookalike-character',
          range: { start: i, end: i + 1 },
          found: char ?? '',
          name: look.name,
          replacement: look.intended,
          context: 'syntax',
        };
        recoveries.push(lastLookalike);
      }
      i++;
      continue;
    }
    lastLookalike = undefined;
    i++;
  }
  return { text: chars.join(''), recoveries };
}

function lineEnd(text: string, from: number): number {
  // indexOf, not a search on a slice: this runs once per string, and a slice copies the rest of the file.
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  const end = Math.min(lf === -1 ? text.length : lf, cr === -1 ? text.length : cr);
  return end;
}

/**
 * A string opened with a straight quote. If it is closed by a typographic quote (a common
 * half-repaired paste: `"sudo apt update”`), that quote is repaired. Returns the offset after it.
 */
function scanStraightString(text: string, start: number, chars: string[], recoveries: Recovery[]): number {
  const end = lineEnd(text, start + 1);
  let i = start + 1;
  while (i < end) {
    const char = text[i];
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '"') return i + 1;
    i++;
  }
  // No straight closing quote on this line: a curly one followed by JSON punctuation closes it.
  for (let j = end - 1; j > start; j--) {
    if (isCurlyDoubleQuote(text[j]) && /^\s*([,:\]}]|$)/.test(text.slice(j + 1, end))) {
      chars[j] = '"';
      recoveries.push({
        kind: 'smart-quotes',
        range: { start, end: j + 1 },
        quotes: [{ offset: j, char: text[j] ?? '', straight: '"' }],
      } satisfies SmartQuotesRecovery);
      return j + 1;
    }
  }
  return end; // Unterminated: jsonc-parser reports it.
}

/**
 * A string opened with a typographic (or straight single) quote where JSON expects a value or a
 * key, e.g. `“sudo apt update”`. Its closing quote is the next matching quote on the line.
 */
function scanCurlyString(text: string, start: number, chars: string[], recoveries: Recovery[]): number {
  const single = isCurlySingleQuote(text[start]) || text[start] === "'";
  const end = lineEnd(text, start + 1);
  const quotes: SmartQuotesRecovery['quotes'] = [{ offset: start, char: text[start] ?? '', straight: '"' }];
  chars[start] = '"';
  let i = start + 1;
  let close = -1;
  while (i < end) {
    const char = text[i];
    if (char === '\\') {
      i += 2;
      continue;
    }
    const closes = single ? isCurlySingleQuote(char) || char === "'" : isCurlyDoubleQuote(char) || char === '"';
    if (closes) {
      close = i;
      break;
    }
    i++;
  }
  if (close !== -1) {
    if (text[close] !== '"') {
      quotes.push({ offset: close, char: text[close] ?? '', straight: '"' });
      chars[close] = '"';
    }
  }
  const range = { start, end: close === -1 ? start + 1 : close + 1 };
  if (text[start] === "'") {
    // Straight single quotes are a syntax mistake of their own, not a paste artefact.
    if (close === -1) {
      chars[start] = "'"; // Nothing to pair it with: let the JSON parser report it as it is.
      return start + 1;
    }
    const inner = text.slice(start + 1, close);
    // Only the delimiters change (and a double quote inside gets its backslash): escapes stay as written.
    const body = inner.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"');
    recoveries.push({
      kind: 'syntax',
      range,
      message: 'JSON strings must be enclosed in double quotes ("), not single quotes (\').',
      fix: { title: 'Use double quotes', range, newText: `"${body}"` },
    });
  } else {
    recoveries.push({ kind: 'smart-quotes', range, quotes });
  }
  return range.end;
}
