/**
 * A safety net independent of the formatter's own lexer: our parser's scanner must see the same
 * tokens and comments, with the same text, before and after formatting. Only the spaces between
 * them may differ; a token that changed would mean the format changed what the file says.
 */
import type { Range } from '../../parsing/hcl/ast';
import { scan } from '../../parsing/hcl/scanner';

export function sameTokens(before: string, after: string): boolean {
  const a = scan(before, 'file');
  const b = scan(after, 'file');
  if (a.tokens.count !== b.tokens.count || a.comments.length !== b.comments.length) return false;
  for (let i = 0; i < a.tokens.count; i++) {
    if (a.tokens.kinds[i] !== b.tokens.kinds[i]) return false;
    const start = a.tokens.starts[i]!;
    const length = a.tokens.ends[i]! - start;
    if (length !== b.tokens.ends[i]! - b.tokens.starts[i]!) return false;
    if (!sameText(before, start, after, b.tokens.starts[i]!, length)) return false;
  }
  return a.comments.every((comment, i) => sameRangeText(before, comment, after, b.comments[i]!));
}

function sameRangeText(before: string, x: Range, after: string, y: Range): boolean {
  const length = x.end - x.start;
  return length === y.end - y.start && sameText(before, x.start, after, y.start, length);
}

function sameText(before: string, from: number, after: string, to: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (before.charCodeAt(from + k) !== after.charCodeAt(to + k)) return false;
  }
  return true;
}
