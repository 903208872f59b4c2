/**
 * Blocks: `type "label" label {`, then a body, or HCL's one-line form `a { b = 1 }`. A header
 * written `type "label" = {` or with its brace on the next line is read as the block it opens.
 */
import type { BlockLabel } from './ast';
import { BodyNode, BlockNode, LabelNode } from './nodes';
import { finishAttribute, nextBraceAfterNewlines, parseBody } from './parseBody';
import type { Parser } from './parserState';
import { decodeLiteral } from './strings';
import * as msg from './syntaxMessages';
import { labelInterpolation } from './lexicalMessages';
import { describeToken, fit } from './tokenQueries';
import { T } from './tokens';

export function parseBlock(p: Parser, typeIndex: number): BlockNode {
  const typeRange = p.range(typeIndex);
  const labels: BlockLabel[] = [];
  for (;;) {
    const kind = p.kinds[p.index];
    if (kind === T.IDENT) {
      const i = p.index++;
      labels.push(new LabelNode(p.identName(i), false, p.starts[i]!, p.ends[i]!));
    } else if (kind === T.OQUOTE) labels.push(parseLabel(p));
    else break;
  }
  const lastEnd = labels.length > 0 ? labels[labels.length - 1]!.range.end : typeRange.end;
  if (p.kinds[p.index] === T.EQUAL) {
    const equals = p.index++;
    p.report(msg.blockEquals(p.range(equals), { range: { start: lastEnd, end: p.starts[p.index]! }, newText: ' ' }));
  } else if (p.kinds[p.index] === T.NEWLINE) {
    const brace = nextBraceAfterNewlines(p, p.index);
    p.report(msg.braceOnNextLine(p.range(p.index), { range: { start: lastEnd, end: p.starts[brace]! }, newText: ' ' }));
    p.index = brace;
  }
  const openIndex = p.index++;
  const openBraceRange = p.range(openIndex);
  const body = new BodyNode([], openBraceRange.start, openBraceRange.end);
  const block = new BlockNode(
    p.identName(typeIndex),
    typeRange,
    fit(labels),
    body,
    openBraceRange,
    typeRange.start,
    openBraceRange.end,
  );
  const first = p.kinds[p.index];
  if (p.tooDeep()) return block;
  p.depth++;
  if (first === T.NEWLINE || first === T.EOF || first === T.CBRACE) block.body = parseBody(p, { block, openIndex });
  else parseOneLineBody(p, block, body, openIndex);
  p.depth--;
  block.end = block.closeBraceRange?.end ?? block.body.range.end;
  if (block.closeBraceRange !== undefined) endOfBlock(p);
  return block;
}

function endOfBlock(p: Parser): void {
  const i = p.index;
  const kind = p.kinds[i];
  if (kind === T.NEWLINE) p.index++;
  else if (kind !== T.EOF && kind !== T.CBRACE) {
    p.report(msg.missingNewlineAfterBlock(p.range(i), describeToken(p, i)));
    p.recoverAfterBodyItem();
  }
}

/** `a { b = 1 }`: one argument, closed on the same line (HCL's parseSingleAttrBody). */
function parseOneLineBody(p: Parser, block: BlockNode, body: BodyNode, openIndex: number): void {
  const i = p.index;
  if (p.kinds[i] === T.IDENT && p.kinds[i + 1] === T.EQUAL) {
    p.index += 2;
    p.recovering = false;
    const attribute = finishAttribute(p, i, true);
    body.items.push(attribute);
  } else {
    const kind = p.kinds[i + 1];
    if (p.kinds[i] === T.IDENT && (kind === T.OQUOTE || kind === T.OBRACE || kind === T.IDENT)) {
      p.report(msg.singleLineNestedBlock({ start: p.starts[i]!, end: p.ends[i + 1]! }, p.identName(i)));
    } else if (p.kinds[i] !== T.INVALID)
      p.report(msg.argumentOrBlockRequired(p.range(i), describeToken(p, i), p.kinds[i] === T.IDENT));
    p.recoverAfterBodyItem();
  }
  const close = p.index;
  const kind = p.kinds[close];
  if (kind === T.CBRACE) {
    p.index++;
  } else {
    if (kind === T.EOF) p.report(msg.unclosedBlock(block.openBraceRange, block.type));
    else if (kind === T.COMMA) p.report(msg.singleLineBlock(p.range(close), msg.SINGLE_LINE.comma));
    else if (kind === T.NEWLINE) p.report(msg.singleLineBlock(p.range(close), msg.SINGLE_LINE.newline));
    else p.report(msg.singleLineBlock(p.range(close), msg.SINGLE_LINE.other));
    const end = p.recover(T.CBRACE);
    if (p.kinds[end] !== T.CBRACE) {
      body.end = p.starts[end]!;
      return;
    }
  }
  block.closeBraceRange = p.range(p.index - 1);
  body.start = p.starts[openIndex]!;
  body.end = block.closeBraceRange.end;
}

/** A quoted label: plain text only, no `${ }`. */
export function parseLabel(p: Parser): BlockLabel {
  const open = p.index++;
  let value = '';
  for (;;) {
    const i = p.index;
    const kind = p.kinds[i];
    if (kind === T.CQUOTE || kind === T.EOF) {
      if (kind === T.CQUOTE) p.index++;
      return new LabelNode(value, true, p.starts[open]!, p.ends[i]!);
    }
    p.index++;
    if (kind === T.LIT) value += p.text.slice(p.starts[i], p.ends[i]);
    else if (kind === T.LIT_COMPLEX) value += decodeLiteral(p.text, p.starts[i]!, p.ends[i]!, true, p.diagnostics);
    else if (kind === T.INTERP || kind === T.INTERP_STRIP || kind === T.CONTROL || kind === T.CONTROL_STRIP) {
      const directive = kind === T.CONTROL || kind === T.CONTROL_STRIP;
      p.report(labelInterpolation(p.range(i), directive));
      value += directive ? '%{ ... }' : '${ ... }';
      const recovering = p.recovering;
      p.recover(T.SEQ_END);
      p.recovering = recovering;
    }
  }
}
