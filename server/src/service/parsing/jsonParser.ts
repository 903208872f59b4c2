/**
 * Legacy JSON templates (and `.pkr.json`) into the format-neutral tree. jsonc-parser does the
 * parsing; this module first repairs what pasting breaks (jsonRepair), finds trailing commas (which
 * jsonc-parser accepts silently when told to, but Packer rejects), and turns jsonc-parser's
 * errors into one readable message each.
 */
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import { hasLookalike, lookalike } from './characters';
import { repairJsonText } from './jsonRepair';
import type { LookalikeRecovery, Recovery, SyntaxRecovery } from './recovery';
import type { ArrayNode, ObjectNode, PropertyNode, ValueNode } from './tree';

export interface ParsedJson {
  /** The text as the user meant it (same length as the original). */
  repairedText: string;
  root: ValueNode | undefined;
  recoveries: Recovery[];
}

export function parseJson(text: string): ParsedJson {
  const repaired = repairJsonText(text);
  const recoveries: Recovery[] = [...repaired.recoveries];
  const scan = scanTokens(repaired.text);
  recoveries.push(...scan.trailingCommas);

  const tooDeep = firstTooDeep(repaired.text);
  if (tooDeep !== undefined) {
    // Both jsonc-parser and the conversion recurse once per level: past this, the stack would overflow.
    recoveries.push({
      kind: 'syntax',
      range: { start: tooDeep, end: tooDeep + 1 },
      message: `Nesting too deep: more than ${MAX_DEPTH} lists and objects inside each other. No Packer template needs that many; the rest of the file is not checked.`,
    });
    return { repairedText: repaired.text, root: undefined, recoveries };
  }
  const errors: ParseError[] = [];
  const jsoncRoot = parseTree(repaired.text, errors, {
    allowTrailingComma: true,
    disallowComments: true,
    allowEmptyContent: true,
  });
  recoveries.push(...describeErrors(errors, repaired.text, scan.comments));
  const root = jsoncRoot === undefined ? undefined : convert(jsoncRoot, undefined, text, recoveries);
  recoveries.sort((a, b) => a.range.start - b.range.start);
  return { repairedText: repaired.text, root, recoveries };
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
  comments: Array<{ start: number; end: number }>;
}

function scanTokens(text: string): TokenScan {
  const scanner = createScanner(text, false);
  const trailingCommas: Recovery[] = [];
  const comments: TokenScan['comments'] = [];
  let pendingComma: number | undefined;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    switch (kind) {
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        continue;
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        comments.push({ start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() });
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
  return { trailingCommas, comments };
}

function describeErrors(errors: ParseError[], text: string, comments: TokenScan['comments']): SyntaxRecovery[] {
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
    const comment = comments.find((c) => c.start === error.offset);
    if (comment !== undefined) {
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

/** jsonc-parser's node into ours; keys and `type` values with look-alike characters are repaired. */
function convert(
  node: Node,
  parent: ObjectNode | ArrayNode | PropertyNode | undefined,
  original: string,
  recoveries: Recovery[],
): ValueNode {
  const range = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object': {
      const object: ObjectNode = { type: 'object', range, parent, properties: [] };
      for (const child of node.children ?? []) {
        const keyNode = child.children?.[0];
        if (child.type !== 'property' || keyNode === undefined) continue;
        const keyRange = { start: keyNode.offset, end: keyNode.offset + keyNode.length };
        const property: PropertyNode = {
          type: 'property',
          key: repairString(String(keyNode.value), keyRange, original, 'key', recoveries),
          keyRange,
          range: { start: child.offset, end: child.offset + child.length },
          parent: object,
          value: undefined,
        };
        const valueNode = child.children?.[1];
        if (valueNode !== undefined) property.value = convert(valueNode, property, original, recoveries);
        if (property.key === 'type' && property.value?.type === 'string') {
          property.value.value = repairString(property.value.value, property.value.range, original, 'type', recoveries);
        }
        object.properties.push(property);
      }
      return object;
    }
    case 'array': {
      const array: ArrayNode = { type: 'array', range, parent, items: [] };
      for (const child of node.children ?? []) array.items.push(convert(child, array, original, recoveries));
      return array;
    }
    case 'string':
      return { type: 'string', range, parent, value: String(node.value) };
    case 'number':
      return { type: 'number', range, parent, value: Number(node.value) };
    case 'boolean':
      return { type: 'boolean', range, parent, value: node.value === true };
    default:
      return { type: 'null', range, parent, value: null };
  }
}

/**
 * Keys and component types are names: a look-alike dash or an invisible space in them is never
 * meant, and Packer would report an unknown key or type that looks exactly like a known one.
 */
function repairString(
  value: string,
  range: { start: number; end: number },
  original: string,
  context: 'key' | 'type',
  recoveries: Recovery[],
): string {
  if (!hasLookalike(value)) return value;
  const source = original.slice(range.start, range.end);
  let repaired = '';
  for (const char of value) repaired += lookalike(char)?.intended ?? char;
  // Report each run in the source text; an escaped look-alike (\u2013) is left alone by the fix.
  for (let i = 0; i < source.length; i++) {
    const look = lookalike(source[i]);
    if (look === undefined) continue;
    let j = i + 1;
    while (j < source.length && source[j] === source[i]) j++;
    recoveries.push({
      kind: 'lookalike-character',
      range: { start: range.start + i, end: range.start + j },
      found: source.slice(i, j),
      name: look.name,
      replacement: look.intended.repeat(j - i),
      context,
    } satisfies LookalikeRecovery);
    i = j - 1;
  }
  return repaired;
}
