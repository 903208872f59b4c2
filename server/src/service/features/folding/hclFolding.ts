/**
 * Folding an HCL2 file: blocks, multi-line objects, tuples, `for` expressions and call arguments,
 * heredocs, block comments and runs of line comments.
 *
 * Text whose brackets all pair up is folded from the scanner's tokens alone (bracketFolds.ts):
 * the same folds as from the tree, without building one, which is most of the cost on a large
 * file. Where the scanner complains or a bracket is left open, the parser's recovery decides
 * where blocks end, as the rest of the service sees them.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Body, Expression, Range } from '../../parsing/hcl/ast';
import { parseHcl } from '../../parsing/hcl/parser';
import { scan } from '../../parsing/hcl/scanner';
import { forEachChild, templateDelimiters } from '../../parsing/hcl/walk';
import { foldBrackets } from './bracketFolds';
import { FoldingCollector } from './foldingLines';

export function hclFoldingRanges(text: string): FoldingRange[] {
  const scanned = scan(text, 'file');
  const folds = new FoldingCollector(text);
  if (scanned.diagnostics.length > 0 || !foldBrackets(folds, scanned.tokens)) {
    const fromTree = new FoldingCollector(text);
    foldBody(fromTree, parseHcl(text).body);
    foldComments(fromTree, text, scanned.comments);
    return fromTree.result();
  }
  foldComments(folds, text, scanned.comments);
  return folds.result();
}

function foldBody(folds: FoldingCollector, body: Body): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      foldExpression(folds, item.expression);
      continue;
    }
    folds.bracketed(item.range.start, item.closeBraceRange?.start, item.range.end);
    foldBody(folds, item.body);
  }
}

function foldExpression(folds: FoldingCollector, expression: Expression): void {
  switch (expression.kind) {
    case 'object':
    case 'tuple':
    case 'for':
      folds.bracketed(expression.openRange.start, expression.closeRange?.start, expression.range.end);
      break;
    case 'functionCall':
      folds.bracketed(expression.openParenRange.start, expression.closeParenRange?.start, expression.range.end);
      break;
    case 'template':
      // A heredoc folds up to its closing marker, which stays visible.
      if (expression.style === 'heredoc')
        folds.bracketed(expression.range.start, templateDelimiters(expression)?.close.start, expression.range.end);
      break;
    default:
      break;
  }
  forEachChild(expression, (child) => foldExpression(folds, child));
}

/** A multi-line `/* *\/` comment folds alone; line comments fold when several stand on lines of their own. */
function foldComments(folds: FoldingCollector, text: string, comments: Range[]): void {
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run !== undefined) folds.lines(run.start, run.end, FoldingRangeKind.Comment);
    run = undefined;
  };
  for (const comment of comments) {
    const startLine = folds.line(comment.start);
    const endLine = folds.line(Math.max(comment.start, comment.end - 1));
    if (text.startsWith('/*', comment.start)) {
      flush();
      folds.lines(startLine, endLine, FoldingRangeKind.Comment);
      continue;
    }
    if (!startsItsLine(text, comment.start)) continue;
    if (run !== undefined && run.end + 1 === startLine) run.end = startLine;
    else {
      flush();
      run = { start: startLine, end: startLine };
    }
  }
  flush();
}

function startsItsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r') return false;
  }
  return true;
}
