/**
 * Bodies: arguments (`name = value`) and blocks (`type "label" { ... }`), including HCL's one-line
 * blocks (`a { b = 1 }`). The likely mistakes are read as what was meant, with one diagnostic:
 * `name "value"` (no `=`), `name: value`, `"name" = value`, `source "a" "b" = {`, a brace on the
 * next line, a comma after an argument, an unclosed block.
 */
import type { Attribute, Body, BodyItem, Range } from './ast';
import { AttributeNode, type BlockNode, BodyNode } from './nodes';
import { parseBlock, parseLabel } from './parseBlock';
import { parseExpression } from './parseExpression';
import type { Parser } from './parserState';
import { afterString, describeToken, fit, scanHeader, startsExpression } from './tokenQueries';
import * as msg from './syntaxMessages';
import { T } from './tokens';

interface Enclosing {
  block: BlockNode;
  openIndex: number;
}

/** A body up to `}` (a block's) or the end of the text (the file's). */
export function parseBody(p: Parser, enclosing: Enclosing | undefined): Body {
  const body = parseItems(p, enclosing);
  body.items = fit(body.items);
  return body;
}

function parseItems(p: Parser, enclosing: Enclosing | undefined): BodyNode {
  const items: BodyItem[] = [];
  // Most bodies are small: a Map for duplicate names only once there are many arguments.
  let seen: Map<string, Attribute> | undefined;
  const body = new BodyNode(items, 0, p.text.length);
  if (enclosing !== undefined) {
    body.start = p.starts[enclosing.openIndex]!;
    body.end = p.ends[enclosing.openIndex]!;
  }
  for (;;) {
    p.newlines = true;
    const i = p.index;
    const kind = p.kinds[i]!;
    if (kind === T.NEWLINE) {
      p.index++;
      continue;
    }
    if (kind === T.EOF) {
      if (enclosing !== undefined) {
        p.sawUnclosedBlock = true;
        p.report(msg.unclosedBlock(p.range(enclosing.openIndex), enclosing.block.type));
        body.end = p.starts[i]!;
      }
      return body;
    }
    if (kind === T.CBRACE) {
      p.index++;
      if (enclosing !== undefined) {
        enclosing.block.closeBraceRange = p.range(i);
        body.end = p.ends[i]!;
        return body;
      }
      p.recovering = false;
      p.report(msg.unexpectedCloseBrace(p.range(i)));
      continue;
    }
    if (enclosing !== undefined && p.options.closeAtColumnZero && closesAtColumnZero(p, enclosing, i)) {
      p.recovering = false;
      p.report(msg.unclosedBlock(p.range(enclosing.openIndex), enclosing.block.type));
      body.end = p.starts[i]!;
      return body;
    }
    p.recovering = false;
    const item = parseBodyItem(p);
    if (item === undefined) continue;
    if (item.kind === 'attribute') {
      if (seen === undefined && items.length >= 16) seen = attributesByName(items);
      const first =
        seen !== undefined
          ? seen.get(item.name)
          : (items.find((other) => other.kind === 'attribute' && other.name === item.name) as Attribute | undefined);
      if (first === undefined) seen?.set(item.name, item);
      else p.diagnostics.push(msg.duplicateArgument(item.nameRange, item.name, p.lineOf(first.nameRange.start)));
    }
    items.push(item);
  }
}

function attributesByName(items: BodyItem[]): Map<string, Attribute> {
  const map = new Map<string, Attribute>();
  for (const item of items) if (item.kind === 'attribute' && !map.has(item.name)) map.set(item.name, item);
  return map;
}

/**
 * In the second pass only: a block header at the start of a line, inside a block whose own header
 * starts a line, means the outer block lacks its `}` (the typical unclosed `source` before a
 * `build`). The first pass had nested everything to the end of the file.
 */
function closesAtColumnZero(p: Parser, enclosing: Enclosing, i: number): boolean {
  if (p.kinds[i] !== T.IDENT || !atLineStart(p, p.starts[i]!) || !atLineStart(p, enclosing.block.typeRange.start))
    return false;
  const header = scanHeader(p, i + 1);
  return p.kinds[header.end] === T.OBRACE;
}

function atLineStart(p: Parser, offset: number): boolean {
  return offset === 0 || p.text.charCodeAt(offset - 1) === 0x0a;
}

function parseBodyItem(p: Parser): BodyItem | undefined {
  const i = p.index;
  const kind = p.kinds[i];
  if (kind === T.OQUOTE) return quotedName(p, i);
  if (kind !== T.IDENT) {
    if (kind !== T.INVALID) p.report(msg.argumentOrBlockRequired(p.range(i), describeToken(p, i), false));
    p.recoverAfterBodyItem();
    return undefined;
  }
  p.index++;
  const name = p.identName(i);
  const n = p.index;
  const nextKind = p.kinds[n]!;
  if (nextKind === T.EQUAL) {
    p.index++;
    return finishAttribute(p, i, false);
  }
  if (nextKind === T.COLON && startsExpression(p.kinds[n + 1]!)) {
    p.report(msg.colonForEquals(p.range(n), name, { range: p.range(n), newText: ' =' }));
    p.index++;
    return finishAttribute(p, i, false);
  }
  if (nextKind === T.OBRACE || nextKind === T.OQUOTE || nextKind === T.IDENT || nextKind === T.NEWLINE) {
    const header = scanHeader(p, n);
    const after = p.kinds[header.end];
    if (after === T.OBRACE) return parseBlock(p, i);
    if (after === T.EQUAL && p.kinds[header.end + 1] === T.OBRACE && header.labels > 0) return parseBlock(p, i);
    if (
      after === T.NEWLINE &&
      nextBraceAfterNewlines(p, header.end) >= 0 &&
      (header.labels > 0 || nextKind === T.NEWLINE)
    )
      return parseBlock(p, i);
    if (header.labels === 1) return missingEquals(p, i, name);
    if (nextKind === T.NEWLINE) {
      p.index = n;
      p.report(msg.argumentOrBlockRequired(p.range(i), `The name "${name}" alone`, true));
      p.recoverAfterBodyItem();
      return undefined;
    }
    p.index = header.end;
    p.report(msg.invalidBlockHeader(p.range(header.end), describeToken(p, header.end), after === T.NEWLINE));
    p.recoverAfterBodyItem();
    return undefined;
  }
  if (startsExpression(nextKind)) return missingEquals(p, i, name);
  if (nextKind !== T.INVALID)
    p.report(
      msg.argumentOrBlockRequired(
        p.range(i),
        `The name "${name}" followed by ${describeToken(p, n).toLowerCase()}`,
        true,
      ),
    );
  p.recoverAfterBodyItem();
  return undefined;
}

export function nextBraceAfterNewlines(p: Parser, j: number): number {
  while (p.kinds[j] === T.NEWLINE) j++;
  return p.kinds[j] === T.OBRACE ? j : -1;
}

/** `name "value"`: an argument missing its `=` (a single label and no brace). */
function missingEquals(p: Parser, nameIndex: number, name: string): Attribute {
  const at = p.ends[nameIndex]!;
  p.report(msg.missingEquals(p.range(nameIndex), name, { range: { start: at, end: at }, newText: ' =' }, false));
  return finishAttribute(p, nameIndex, false);
}

/** `"name" = value`: read with the quotes dropped. */
function quotedName(p: Parser, open: number): Attribute | undefined {
  const close = afterString(p, open);
  if (p.kinds[close] !== T.EQUAL || p.kinds[close - 1] !== T.CQUOTE) {
    p.report(msg.argumentOrBlockRequired(p.range(open), 'A string', false));
    p.recoverAfterBodyItem();
    return undefined;
  }
  const label = parseLabel(p);
  const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(label.value);
  p.report(msg.quotedArgumentName(label.range, plain ? { range: label.range, newText: label.value } : undefined));
  p.next(); // =
  return buildAttribute(p, label.value, label.range, false);
}

export function finishAttribute(p: Parser, nameIndex: number, singleLine: boolean): Attribute {
  return buildAttribute(p, p.identName(nameIndex), p.range(nameIndex), singleLine);
}

function buildAttribute(p: Parser, name: string, nameRange: Range, singleLine: boolean): Attribute {
  const expression = parseExpression(p);
  const attribute = new AttributeNode(name, nameRange.end, expression, nameRange.start, expression.range.end);
  if (p.recovering) p.recoverAfterBodyItem();
  else if (!singleLine) endOfArgument(p);
  return attribute;
}

/** After an argument's value: a newline, the end of the text, or a mistake. */
function endOfArgument(p: Parser): void {
  const i = p.index;
  const kind = p.kinds[i];
  if (kind === T.NEWLINE) {
    p.index++;
    return;
  }
  if (kind === T.EOF || kind === T.CBRACE) {
    // `x = 1 }` closes the block HCL-wrongly but unambiguously: leave the brace to the body.
    if (kind === T.CBRACE) p.report(msg.missingNewline(p.range(i), 'A closing brace "}"'));
    return;
  }
  if (kind === T.COMMA) {
    const after = p.kinds[i + 1];
    const lineEnds = after === T.NEWLINE || after === T.EOF || after === T.CBRACE;
    const range = p.range(i);
    p.report(msg.commaAfterArgument(range, lineEnds ? { range, newText: '' } : undefined));
    // The rest of the line, if any, is read as the next argument.
    p.index = after === T.NEWLINE ? i + 2 : i + 1;
    return;
  }
  if (kind !== T.INVALID) p.report(msg.missingNewline(p.range(i), describeToken(p, i)));
  p.recoverAfterBodyItem();
}
