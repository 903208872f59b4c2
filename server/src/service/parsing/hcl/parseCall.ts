/**
 * Function calls: `name(args)`, `ns::name(args)`, and `name(list...)` expanding its last argument.
 * A missing comma between two arguments is read as present, once per call; a call left open where
 * the next argument or block starts is reported at its name and parsing goes on there.
 */
import type { Expression, FunctionCall, Range } from './ast';
import { missingSeparator } from './missingSeparator';
import { parseExpression } from './parseExpression';
import type { Parser } from './parserState';
import * as msg from './syntaxMessages';
import { fit, startsBodyItemOnNewLine } from './tokenQueries';
import { T } from './tokens';
import { FunctionCallNode } from './nodes';

export function parseFunctionCall(p: Parser, nameIndex: number): Expression {
  let name = p.identName(nameIndex);
  let nameEnd = p.ends[nameIndex]!;
  let open = p.next();
  while (p.kinds[open] === T.DOUBLE_COLON) {
    const part = p.next();
    if (p.kinds[part] !== T.IDENT) {
      p.fail(
        msg.invalidTraversal(
          p.range(part),
          'Missing function name',
          'Function scope resolution symbol :: must be followed by a function name in this scope.',
        ),
      );
      return { kind: 'invalid', range: { start: p.starts[nameIndex]!, end: p.ends[open]! } };
    }
    name += '::' + p.identName(part);
    nameEnd = p.ends[part]!;
    open = p.next();
  }
  const nameRange: Range = { start: p.starts[nameIndex]!, end: nameEnd };
  if (p.kinds[open] !== T.OPAREN) {
    p.fail(
      msg.invalidTraversal(
        p.range(open),
        'Missing open parenthesis',
        'Function selector must be followed by an open parenthesis to begin the function call.',
      ),
    );
    return { kind: 'invalid', range: { start: nameRange.start, end: p.ends[open]! } };
  }
  const call = new FunctionCallNode(name, nameRange, p.range(open));
  const saved = p.newlines;
  p.newlines = false;
  parseArguments(p, call, open);
  p.newlines = saved;
  call.args = fit(call.args);
  call.end = call.closeParenRange?.end ?? call.args[call.args.length - 1]?.range.end ?? call.openParenRange.end;
  return call;
}

function parseArguments(p: Parser, call: FunctionCall, open: number): void {
  let guessedComma = false;
  const close = (i: number): void => {
    p.index = i + 1;
    call.closeParenRange = p.range(i);
  };
  const unterminated = (at: number): void => {
    const detail = `The "(" of this call to ${call.name} is never closed. There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.`;
    p.report(msg.unclosed({ start: call.nameRange.start, end: p.ends[open]! }, 'Unterminated function call', detail));
    if (p.kinds[at] === T.EOF) p.recovering = true;
  };
  for (;;) {
    const t = p.peek();
    if (p.kinds[t] === T.CPAREN) return close(t);
    if (p.kinds[t] === T.EOF || p.kinds[t] === T.CBRACE || startsBodyItemOnNewLine(p, t, true)) return unterminated(t);
    const arg = parseExpression(p);
    call.args.push(arg);
    if (p.recovering) {
      const end = p.recover(T.CPAREN);
      if (p.kinds[end] === T.CPAREN) call.closeParenRange = p.range(end);
      return;
    }
    const s = p.peek();
    const kind = p.kinds[s]!;
    if (kind === T.CPAREN) return close(s);
    if (kind === T.COMMA) {
      p.index = s + 1;
      continue;
    }
    if (kind === T.ELLIPSIS) {
      p.index = s + 1;
      call.expandFinal = true;
      const c = p.peek();
      if (p.kinds[c] === T.CPAREN) return close(c);
      p.fail(
        msg.unclosed(
          p.range(s),
          'Missing closing parenthesis',
          'An expanded function argument (with ...) must be immediately followed by closing parentheses.',
        ),
      );
      const end = p.recover(T.CPAREN);
      if (p.kinds[end] === T.CPAREN) call.closeParenRange = p.range(end);
      return;
    }
    if (kind === T.EOF || kind === T.CBRACE || startsBodyItemOnNewLine(p, s, true)) return unterminated(s);
    const words = {
      summary: 'Missing argument separator',
      hcl: 'A comma is required to separate each function argument from the next.',
      item: 'an argument',
    };
    if (missingSeparator(p, s, arg, words, guessedComma) === 'guessed') {
      guessedComma = true;
      continue;
    }
    const end = p.recover(T.CPAREN);
    if (p.kinds[end] === T.CPAREN) call.closeParenRange = p.range(end);
    return;
  }
}
