/**
 * Where the cursor stands in an HCL2 file that is being typed: inside which blocks, and whether it
 * is on a new argument or block name, a block label, or an expression (and in which function
 * call). Read from the scanner's tokens rather than from the tree: half-typed text (`reg|`,
 * `ami_name = var.|`, an unclosed `{` or `(`) is the normal case here, and the parser's recovery
 * may close a block earlier than the user means to. (features/context locates on the parsed tree,
 * which suits hover on finished text; completion needs positions the tree does not hold yet.)
 */
import { scan } from '../../parsing/hcl/scanner';
import { T } from '../../parsing/hcl/tokens';
import { CursorWalker, type BodyFrame, type Frame } from './hclCursorWalker';

export interface BlockHeader {
  type: string;
  labels: string[];
}

export type HclCursorPosition =
  /** At the start of a line in a body: an argument or a block name is being typed. */
  | { kind: 'body' }
  /** A block label: `source "|"`; `index` counts the labels before it. */
  | { kind: 'label'; blockType: string; index: number; quoted: boolean }
  /** Inside the value of `attribute` (undefined in a bare `${ }` outside any argument). */
  | {
      kind: 'expression';
      attribute: string | undefined;
      /** In the literal text of a string, not in a `${ }` inside it. */
      inString: boolean;
      /** Directly inside `[ ]` (or a string directly inside it). */
      inTuple: boolean;
      /** Where the key of an object item (`{ Name = ... }`) is written. */
      objectKey: boolean;
      /** The keys of the object items around the cursor, outermost first (`amazon = { source = "|" }`: `source`). */
      objectPath: string[];
      /** The keys the innermost object holds already (the one at the cursor left out). */
      objectKeys: ReadonlySet<string>;
    }
  | { kind: 'none' };

/** A function call whose argument list holds the cursor; `argument` counts the commas before it. */
export interface OpenCall {
  name: string;
  argument: number;
}

export interface HclCursor {
  /** The enclosing blocks, outermost first. */
  blocks: BlockHeader[];
  position: HclCursorPosition;
  /** Arguments and blocks already written in the innermost block (the word at the cursor excluded). */
  siblings: Set<string>;
  /** Where the word being typed starts (the cursor when none is). */
  wordStart: number;
  /** Where the word under the cursor ends (the cursor when it is at the end of the word). */
  wordEnd: number;
  /** Open calls, innermost last. */
  calls: OpenCall[];
}

export function hclCursorAt(text: string, offset: number): HclCursor {
  const scanned = scan(text, 'file');
  const walker = new CursorWalker(text, scanned.tokens);
  const inComment = scanned.comments.some(
    (c) => c.start < offset && offset <= c.end && !text.startsWith('/*', c.start),
  );
  const inBlockComment = scanned.comments.some((c) => c.start < offset && offset < c.end);
  const { tokens } = scanned;
  let k = -1;
  while (k + 1 < tokens.count && tokens.starts[k + 1]! < offset) k++;
  const wordKinds = [T.IDENT, T.NUMBER, T.LIT, T.LIT_COMPLEX];
  const atWord = k >= 0 && wordKinds.includes(tokens.kinds[k]!) && tokens.ends[k]! >= offset;
  const stop = atWord ? k : k + 1;
  for (let i = 0; i < stop; i++) walker.step(i);
  const snapshot = [...walker.stack];
  // Read now: the walk below goes on past the cursor and fills in the frames further.
  const position: HclCursorPosition =
    inComment || inBlockComment ? { kind: 'none' } : positionOf(snapshot, atWord ? tokens.kinds[k] : undefined);
  const innermostBody = [...snapshot].reverse().find((f): f is BodyFrame => f.kind === 'body');
  // Walk on to the end of the innermost block, so that names written after the cursor count too.
  walker.skipName = atWord ? k : -1;
  for (let i = stop; i < tokens.count && walker.stack.includes(innermostBody!); i++) walker.step(i);

  const wordStart = atWord ? tokens.starts[k]! : offset;
  const wordEnd = atWord ? Math.max(offset, tokens.ends[k]!) : offset;
  const blocks = snapshot.flatMap((f) => (f.kind === 'body' && f.block !== undefined ? [f.block] : []));
  const calls = snapshot.flatMap((f) =>
    f.kind === 'group' && f.call !== undefined ? [{ name: f.call, argument: f.commas }] : [],
  );
  return { blocks, position, siblings: innermostBody?.names ?? new Set(), wordStart, wordEnd, calls };
}

function positionOf(stack: readonly Frame[], word: T | undefined): HclCursorPosition {
  const top = stack[stack.length - 1];
  const below = stack[stack.length - 2];
  switch (top?.kind) {
    case 'body':
      return top.fresh && (word === undefined || word === T.IDENT) ? { kind: 'body' } : { kind: 'none' };
    case 'header':
      return { kind: 'label', blockType: top.type, index: top.labels.length, quoted: false };
    case 'template':
      if (top.label !== undefined) {
        return { kind: 'label', blockType: top.label.type, index: top.label.labels.length, quoted: true };
      }
      return {
        kind: 'expression',
        attribute: attributeOf(stack),
        inString: true,
        inTuple: isTuple(below),
        objectKey: isObjectKey(below),
        ...objectPlace(stack),
      };
    case undefined:
      return { kind: 'none' };
    default:
      return {
        kind: 'expression',
        attribute: attributeOf(stack),
        inString: false,
        inTuple: isTuple(top),
        objectKey: isObjectKey(top),
        ...objectPlace(stack),
      };
  }
}

/** The object items between the argument and the cursor, and the keys of the innermost object. */
function objectPlace(stack: readonly Frame[]): { objectPath: string[]; objectKeys: ReadonlySet<string> } {
  const objectPath: string[] = [];
  let objectKeys: ReadonlySet<string> | undefined;
  for (let i = stack.length - 1; i >= 0 && stack[i]?.kind !== 'attribute'; i--) {
    const frame = stack[i];
    if (frame?.kind !== 'group' || frame.open !== T.OBRACE) continue;
    objectKeys ??= frame.keys;
    if (!frame.awaitingKey && frame.key !== undefined) objectPath.unshift(frame.key);
  }
  return { objectPath, objectKeys: objectKeys ?? new Set() };
}

function isObjectKey(frame: Frame | undefined): boolean {
  return frame?.kind === 'group' && frame.open === T.OBRACE && frame.awaitingKey;
}

function isTuple(frame: Frame | undefined): boolean {
  return frame?.kind === 'group' && frame.open === T.OBRACK;
}

function attributeOf(stack: readonly Frame[]): string | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i]!;
    if (frame.kind === 'attribute') return frame.name;
    if (frame.kind === 'body') return undefined;
  }
  return undefined;
}
