/**
 * The folds of an HCL2 file's brackets, read from its tokens: every `{ }` (blocks and objects) and
 * `[ ]` (tuples, `for` expressions), the `( )` of a function call, and each heredoc up to its
 * closing marker. These are exactly the folds the parsed tree gives when every bracket pairs up;
 * otherwise nothing is folded here and the caller asks the parser, whose recovery knows where a
 * block left open is meant to end.
 */
import { T, type TokenList } from '../../parsing/hcl/tokens';
import type { FoldingCollector } from './foldingLines';

/** Folds the brackets of the tokens; false (and nothing folded) when some bracket does not pair up. */
export function foldBrackets(folds: FoldingCollector, tokens: TokenList): boolean {
  const { kinds, starts } = tokens;
  /** Open brackets: their token index, and whether they fold. */
  const open: number[] = [];
  const folding: boolean[] = [];
  /** Pairs to fold, as token indices: opening, closing. */
  const pairs: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const kind = kinds[i]!;
    const closes = closerOf(kind);
    if (closes !== undefined) {
      const top = open.pop();
      if (top === undefined || !closes.includes(kinds[top]!)) return false;
      if (folding.pop() === true) pairs.push(top, i);
    } else if (isOpener(kind)) {
      open.push(i);
      // `(` folds in a call (`max(`, `ns::f(`), not around an expression; `${` and `%{` never do.
      folding.push(kind === T.OPAREN ? i > 0 && kinds[i - 1] === T.IDENT : FOLDS.has(kind));
    }
  }
  if (open.length > 0) return false;
  for (let k = 0; k < pairs.length; k += 2) {
    const first = pairs[k]!;
    const last = pairs[k + 1]!;
    folds.bracketed(starts[first]!, starts[last], tokens.ends[last]!);
  }
  return true;
}

const FOLDS = new Set<T>([T.OBRACE, T.OBRACK, T.OHEREDOC]);
const ONLY_BRACE: readonly T[] = [T.OBRACE];
const ONLY_BRACK: readonly T[] = [T.OBRACK];
const ONLY_PAREN: readonly T[] = [T.OPAREN];
const ONLY_HEREDOC: readonly T[] = [T.OHEREDOC];
const ONLY_QUOTE: readonly T[] = [T.OQUOTE];
const SEQUENCES: readonly T[] = [T.INTERP, T.INTERP_STRIP, T.CONTROL, T.CONTROL_STRIP];
const OPENERS = new Set<T>([T.OBRACE, T.OBRACK, T.OPAREN, T.OHEREDOC, T.OQUOTE, ...SEQUENCES]);

function isOpener(kind: T): boolean {
  return OPENERS.has(kind);
}

/** The openers a closing token pairs with; undefined for a token that closes nothing. */
function closerOf(kind: T): readonly T[] | undefined {
  switch (kind) {
    case T.CBRACE:
      return ONLY_BRACE;
    case T.CBRACK:
      return ONLY_BRACK;
    case T.CPAREN:
      return ONLY_PAREN;
    case T.CHEREDOC:
      return ONLY_HEREDOC;
    case T.CQUOTE:
      return ONLY_QUOTE;
    case T.SEQ_END:
    case T.SEQ_END_STRIP:
      return SEQUENCES;
    default:
      return undefined;
  }
}
