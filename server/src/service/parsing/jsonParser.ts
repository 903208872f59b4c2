/**
 * Legacy JSON templates (and `.pkr.json`) into the format-neutral tree. jsonc-parser does the
 * parsing; this module first repairs what pasting breaks (jsonRepair), finds trailing commas (which
 * jsonc-parser accepts silently when told to, but Packer rejects), and turns jsonc-parser's
 * errors into one readable message each.
 */
import { createScanner, ParseErrorCode, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { repairJsonText } from './jsonRepair';
import type { Recovery, SyntaxRecovery } from './recovery';
import type { ValueNode } from './tree';
import { buildJsonTree } from './jsonTree';

export interface ParsedJson {
  /** The text as the user meant it (same length as the original). */
  repairedText: string;
  root: ValueNode | undefined;
  recoveries: Recovery[];
}

export function parseJson(text: string): ParsedJson {
  const repaired = repairJsonText(text);
  const recoveries: Recovery[] = [...repaired.recoveries];

  const tooDeep = firstTooDeep(repaired.text);
  if (tooDeep !== undefined) {
    // jsonc-parser recurses once per level: past this, the stack would overflow.
    recoveries.push({
      kind: 'syntax',
      range: { start: tooDeep, end: tooDeep + 1 },
      message: `Nesting too deep: more than ${MAX_DEPTH} lists and objects inside each other. No Packer template needs that many; the rest of the file is not checked.`,
    });
    recoveries.push(...scanTokens(repaired.text).trailingCommas);
    recoveries.sort((a, b) => a.range.start - b.range.start);
    return { repairedText: repaired.text, root: undefined, recoveries };
  }
  const tree = buildJsonTree(repaired.text, text, recoveries);
  recoveries.push(...tree.trailingCommas);
  recoveries.push(...describeErrors(tree.errors, repaired.text));
  recoveries.sort((a, b) => a.range.start - b.range.start);
  return { repairedText: repaired.text, root: tree.root, recoveries };
}

const MAX_DEPTH = 256;

/** The offset of the first bracket past MAX_DEPTH levels, outside strings; undefined when within. */
function firstTooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \\ */) i++;
      else if (code === 34 /* " */ || code === 10) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++depth > MAX_DEPTH) return i;
    } else if (code === 93 /* ] */ || code === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

interface TokenScan {
  trailingCommas: Recovery[];
}

/** Trailing commas by tokens alone, for a text too deep for the parser. */
function scanTokens(text: string): TokenScan {
  const scanner = createScanner(text, false);
  const trailingCommas: Recovery[] = [];
  let pendingComma: number | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    switch (kind) {
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        continue;
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        continue;
      case SyntaxKind.CommaToken:
        pendingComma = scanner.getTokenOffset();
        continue;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (pendingComma !== undefined) {
          trailingCommas.push({
            kind: 'trailing-comma',
            range: { start: pendingComma, end: pendingComma + 1 },
            container: kind === SyntaxKind.CloseBraceToken ? 'object' : 'array',
          });
        }
        break;
      default:
        break;
    }
    pendingComma = undefined;
  }
  return { trailingCommas };
}

function describeErrors(errors: ParseError[], text: string): SyntaxRecovery[] {
  const result: SyntaxRecovery[] = [];
  let lastLine = -1;
  // Errors come in offset order: count lines incrementally (once per error would be quadratic).
  let counted = 0;
  let line = 0;
  const lineOf = (offset: number): number => {
    for (; counted < offset && counted < text.length; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  for (const error of errors) {
    if (error.error === ParseErrorCode.InvalidCommentToken) {
      const comment = { start: error.offset, end: error.offset + error.length };
      result.push({
        kind: 'syntax',
        range: comment,
        message:
          'JSON templates cannot hold comments: Packer rejects the file. Put a note in a key that starts with "_" (e.g. "_comment") instead.',
        fix: { title: 'Remove the comment', range: comment, newText: '' },
      });
      continue;
    }
    // One syntax mistake confuses the parser for the rest of its line: report the first only.
    const errorLine = lineOf(error.offset);
    if (errorLine === lastLine) continue;
    lastLine = errorLine;
    result.push(describeError(error, text));
  }
  return result;
}

function describeError(error: ParseError, text: string): SyntaxRecovery {
  const length = Math.max(error.length, 1);
  const range = { start: error.offset, end: Math.min(error.offset + length, Math.max(text.length, error.offset + 1)) };
  const found = text.slice(error.offset, error.offset + Math.max(error.length, 0)) || 'the end of the file';
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'CommaExpected': {
      const previousEnd = endOfPreviousToken(text, error.offset);
      // A comma is certainly what is missing only between two items: before a closing bracket or a
      // colon the mistake is another one, and after an unterminated string the comma would go inside it.
      const next = text[error.offset] ?? '';
      const certain = /["{[\-0-9tfn]/.test(next) && !unterminatedStringBefore(text, previousEnd);
      if (!certain) return { kind: 'syntax', range, message: 'A comma or a closing bracket is missing before this.' };
      return {
        kind: 'syntax',
        range,
        message: 'A comma is missing before this item.',
        fix: { title: 'Insert a comma', range: { start: previousEnd, end: previousEnd }, newText: ',' },
      };
    }
    case 'ColonExpected':
      return { kind: 'syntax', range, message: 'A colon (:) must separate a key from its value.' };
    case 'PropertyNameExpected':
      return { kind: 'syntax', range, message: `A key in double quotes was expected here, not ${quoteFound(found)}.` };
    case 'ValueExpected':
      return { kind: 'syntax', range, message: `A value was expected here, not ${quoteFound(found)}.` };
    case 'CloseBraceExpected':
      return { kind: 'syntax', range, message: 'A closing brace (}) is missing.' };
    case 'CloseBracketExpected':
      return { kind: 'syntax', range, message: 'A closing bracket (]) is missing.' };
    case 'EndOfFileExpected':
      return { kind: 'syntax', range, message: 'The template ends before this: remove what follows the last brace.' };
    case 'UnexpectedEndOfString':
      return { kind: 'syntax', range, message: 'This string has no closing double quote on its line.' };
    case 'InvalidEscapeCharacter':
      return {
        kind: 'syntax',
        range,
        message:
          'Invalid escape in a JSON string: a backslash must be doubled (\\\\) unless it starts \\n, \\t, \\r, \\b, \\f, \\", \\\\, \\/ or \\uXXXX.',
      };
    case 'InvalidNumberFormat':
      return { kind: 'syntax', range, message: 'This is not a valid JSON number.' };
    case 'InvalidSymbol':
    case 'InvalidCharacter':
      return { kind: 'syntax', range, message: `Unexpected ${quoteFound(found)}: JSON has no such token here.` };
    default:
      return { kind: 'syntax', range, message: `The JSON is malformed here (${code}).` };
  }
}

function quoteFound(found: string): string {
  return found === 'the end of the file' ? found : `"${found.slice(0, 40)}"`;
}

/** Whether the line up to `offset` holds an odd number of unescaped double quotes. */
function unterminatedStringBefore(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let quotes = 0;
  for (let i = lineStart; i < offset; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') quotes++;
  }
  return quotes % 2 === 1;
}

function endOfPreviousToken(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
