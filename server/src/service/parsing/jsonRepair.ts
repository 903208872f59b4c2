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
  // The repaired characters by offset: most texts need none, and a copy of every character as an
  // array of strings costs tens of bytes each on a large template.
  const chars = new Map<number, string>();
  const recoveries: Recovery[] = [];
  let i = 0;
  let lastLookalike: LookalikeRecovery | undefined;
  // Only quotes and non-ASCII characters need a look: the search skips the rest natively.
  const interesting = /["'\u0080-\uffff]/g;

  while (i < input.length) {
    interesting.lastIndex = i;
    const found = interesting.exec(input);
    if (found === null) break;
    if (found.index > i) lastLookalike = undefined;
    i = found.index;
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
      chars.set(i, look.intended === '' ? ' ' : look.intended);
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
  return { text: applyRepairs(input, chars), recoveries };
}

function applyRepairs(input: string, chars: Map<number, string>): string {
  if (chars.size === 0) return input;
  const parts: string[] = [];
  let from = 0;
  for (const offset of [...chars.keys()].sort((a, b) => a - b)) {
    parts.push(input.slice(from, offset), chars.get(offset) ?? '');
    from = offset + 1;
  }
  parts.push(input.slice(from));
  return parts.join('');
}

const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/**
 * The first closing quote after `from` on the same line (`close`, -1 when the line ends first)
 * and, when there is none, where the line ends. Walks only up to the quote: scanning to the end of
 * the line first made a one-line (minified) template quadratic, and a search for '\r' with indexOf
 * ran to the end of every file without CRs.
 */
function closingQuote(text: string, from: number, closes: (char: string) => boolean): { close: number; end: number } {
  let i = from;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (isLineBreak(text.charCodeAt(i))) return { close: -1, end: i };
    if (char === '\\') {
      // An escape takes the next character, unless that is the line break that ends the string.
      if (i + 1 < text.length && isLineBreak(text.charCodeAt(i + 1))) return { close: -1, end: i + 1 };
      i += 2;
      continue;
    }
    if (closes(char)) return { close: i, end: -1 };
    i++;
  }
  return { close: -1, end: text.length };
}

const STRAIGHT_STRING_STOP = /["\\\n\r]/g;

/** closingQuote for a straight quote, the common case, with a native search for what ends it. */
function closingStraightQuote(text: string, from: number): { close: number; end: number } {
  let i = from;
  for (;;) {
    STRAIGHT_STRING_STOP.lastIndex = i;
    const found = STRAIGHT_STRING_STOP.exec(text);
    if (found === null) return { close: -1, end: text.length };
    const at = found.index;
    const char = text[at];
    if (char === '"') return { close: at, end: -1 };
    if (char !== '\\') return { close: -1, end: at };
    if (at + 1 < text.length && isLineBreak(text.charCodeAt(at + 1))) return { close: -1, end: at + 1 };
    i = at + 2;
    if (i >= text.length) return { close: -1, end: text.length };
  }
}

/**
 * A string opened with a straight quote. If it is closed by a typographic quote (a common
 * half-repaired paste: `"sudo apt update”`), that quote is repaired. Returns the offset after it.
 */
function scanStraightString(text: string, start: number, chars: Map<number, string>, recoveries: Recovery[]): number {
  const { close, end } = closingStraightQuote(text, start + 1);
  if (close !== -1) return close + 1;
  // No straight closing quote on this line: a curly one followed by JSON punctuation closes it.
  // Walked from the line's end, keeping whether what follows `j` is blanks then punctuation or the
  // end (/^\s*([,:\]}]|$)/), so that a long line costs one pass.
  let closesHere = true;
  for (let j = end - 1; j > start; j--) {
    if (isCurlyDoubleQuote(text[j]) && closesHere) {
      chars.set(j, '"');
      recoveries.push({
        kind: 'smart-quotes',
        range: { start, end: j + 1 },
        quotes: [{ offset: j, char: text[j] ?? '', straight: '"' }],
      } satisfies SmartQuotesRecovery);
      return j + 1;
    }
    const char = text[j] ?? '';
    closesHere = ',:]}'.includes(char) || (closesHere && /\s/.test(char));
  }
  return end; // Unterminated: jsonc-parser reports it.
}

/**
 * A string opened with a typographic (or straight single) quote where JSON expects a value or a
 * key, e.g. `“sudo apt update”`. Its closing quote is the next matching quote on the line.
 */
function scanCurlyString(text: string, start: number, chars: Map<number, string>, recoveries: Recovery[]): number {
  const single = isCurlySingleQuote(text[start]) || text[start] === "'";
  const quotes: SmartQuotesRecovery['quotes'] = [{ offset: start, char: text[start] ?? '', straight: '"' }];
  chars.set(start, '"');
  const { close } = closingQuote(text, start + 1, (char) =>
    single ? isCurlySingleQuote(char) || char === "'" : isCurlyDoubleQuote(char) || char === '"',
  );
  if (close !== -1) {
    if (text[close] !== '"') {
      quotes.push({ offset: close, char: text[close] ?? '', straight: '"' });
      chars.set(close, '"');
    }
  }
  const range = { start, end: close === -1 ? start + 1 : close + 1 };
  if (text[start] === "'") {
    // Straight single quotes are a syntax mistake of their own, not a paste artefact.
    if (close === -1) {
      chars.set(start, "'"); // Nothing to pair it with: let the JSON parser report it as it is.
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
