/**
 * The token walk behind hclCursorAt: a stack of frames (bodies, block headers, arguments, brackets,
 * strings, interpolations) pushed and popped token by token, lenient where text is half-typed: a
 * `(` or `[` left open ends at the next line that starts an argument or a block, and a `}` that
 * matches no object closes the block the argument stands in.
 */
import { T, type TokenList } from '../../parsing/hcl/tokens';
import type { BlockHeader } from './hclCursor';

export interface BodyFrame {
  kind: 'body';
  block: BlockHeader | undefined;
  names: Set<string>;
  /** Nothing written on this line yet: a name here starts an argument or a block. */
  fresh: boolean;
}
export interface HeaderFrame {
  kind: 'header';
  type: string;
  labels: string[];
}
export interface AttributeFrame {
  kind: 'attribute';
  name: string;
}
export interface GroupFrame {
  kind: 'group';
  open: T.OPAREN | T.OBRACK | T.OBRACE;
  call: string | undefined;
  commas: number;
  /** In an object: no `=` or `:` yet since the item started. */
  awaitingKey: boolean;
  /** In an object: the key of the item being written (a name or a quoted string), once read. */
  key: string | undefined;
  /** In an object: the keys of its items, the one at the cursor left out. */
  keys: Set<string>;
}
export interface TemplateFrame {
  kind: 'template';
  label: HeaderFrame | undefined;
  text: string;
  /** The index of its opening quote's token. */
  start: number;
}
export interface InterpFrame {
  kind: 'interp';
}
export type Frame = BodyFrame | HeaderFrame | AttributeFrame | GroupFrame | TemplateFrame | InterpFrame;

const NO_KEY = () => ({ key: undefined, keys: new Set<string>() });

const CLOSER_OF: Partial<Record<T, T>> = { [T.CPAREN]: T.OPAREN, [T.CBRACK]: T.OBRACK, [T.CBRACE]: T.OBRACE };

export class CursorWalker {
  readonly stack: Frame[] = [{ kind: 'body', block: undefined, names: new Set(), fresh: true }];
  skipName = -1;
  private previous: T = T.NEWLINE;

  constructor(
    private readonly text: string,
    private readonly tokens: TokenList,
  ) {}

  step(i: number): void {
    const kind = this.tokens.kinds[i]!;
    const top = this.stack[this.stack.length - 1];
    if (top === undefined || kind === T.EOF) return;
    switch (top.kind) {
      case 'body':
        this.inBody(top, kind, i);
        break;
      case 'header':
        this.inHeader(top, kind, i);
        break;
      case 'template':
        this.inTemplate(top, kind, i);
        break;
      default:
        this.inExpression(top, kind, i);
    }
    this.previous = kind;
  }

  private tokenText(i: number): string {
    return this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
  }

  private inBody(body: BodyFrame, kind: T, i: number): void {
    if (kind === T.NEWLINE) {
      body.fresh = true;
      return;
    }
    if (kind === T.CBRACE) {
      if (this.stack.length > 1) this.stack.pop();
      this.freshen();
      return;
    }
    if (kind === T.IDENT && body.fresh) {
      const name = this.tokenText(i);
      if (i !== this.skipName) body.names.add(name);
      this.stack.push({ kind: 'header', type: name, labels: [] });
    }
    body.fresh = false;
  }

  private inHeader(header: HeaderFrame, kind: T, i: number): void {
    switch (kind) {
      case T.EQUAL:
      case T.COLON:
        this.stack.pop();
        this.stack.push({ kind: 'attribute', name: header.type });
        return;
      case T.OQUOTE:
        this.stack.push({ kind: 'template', label: header, text: '', start: i });
        return;
      case T.IDENT:
        header.labels.push(this.tokenText(i));
        return;
      case T.OBRACE:
        this.stack.pop();
        this.stack.push({
          kind: 'body',
          block: { type: header.type, labels: header.labels },
          names: new Set(),
          fresh: true,
        });
        return;
      case T.NEWLINE:
        this.stack.pop();
        this.freshen();
        return;
      case T.CBRACE:
        this.stack.pop();
        this.closeBody();
        return;
      default:
        return;
    }
  }

  private inTemplate(template: TemplateFrame, kind: T, i: number): void {
    switch (kind) {
      case T.LIT:
      case T.LIT_COMPLEX:
        template.text += this.tokenText(i);
        return;
      case T.INTERP:
      case T.INTERP_STRIP:
      case T.CONTROL:
      case T.CONTROL_STRIP:
        this.stack.push({ kind: 'interp' });
        return;
      case T.CQUOTE:
      case T.CHEREDOC: {
        this.stack.pop();
        template.label?.labels.push(template.text);
        const below = this.stack[this.stack.length - 1];
        if (below?.kind === 'group' && below.awaitingKey) this.readKey(below, template.text, template.start + 1);
        return;
      }
      default:
        return;
    }
  }

  private inExpression(top: AttributeFrame | GroupFrame | InterpFrame, kind: T, i: number): void {
    switch (kind) {
      case T.OPAREN:
      case T.OBRACK:
      case T.OBRACE: {
        const call = kind === T.OPAREN && this.previous === T.IDENT ? this.tokenText(i - 1) : undefined;
        this.stack.push({ kind: 'group', open: kind, call, commas: 0, awaitingKey: kind === T.OBRACE, ...NO_KEY() });
        return;
      }
      case T.OQUOTE:
      case T.OHEREDOC:
        this.stack.push({ kind: 'template', label: undefined, text: '', start: i });
        return;
      case T.COMMA:
        if (top.kind === 'group') {
          top.commas++;
          this.startItem(top);
        }
        return;
      case T.IDENT:
        if (top.kind === 'group' && top.awaitingKey) this.readKey(top, this.tokenText(i), i);
        return;
      case T.EQUAL:
      case T.COLON:
        if (top.kind === 'group') top.awaitingKey = false;
        return;
      case T.CPAREN:
      case T.CBRACK:
      case T.CBRACE:
        this.close(kind);
        return;
      case T.SEQ_END:
      case T.SEQ_END_STRIP:
        this.popThrough('interp');
        return;
      case T.CQUOTE:
      case T.CHEREDOC:
        // A `${` left open inside a string: the string's end closes it.
        this.popThrough('template');
        return;
      case T.NEWLINE:
        if (top.kind === 'group' && top.open === T.OBRACE) this.startItem(top);
        if (top.kind === 'attribute') {
          this.stack.pop();
          this.freshen();
        } else if (top.kind === 'group' && top.open !== T.OBRACE && this.startsStatement(i + 1)) {
          // A `(` or `[` left open: the next line starts a new argument or block.
          this.popExpression();
          this.freshen();
        }
        return;
      default:
        return;
    }
  }

  private startItem(group: GroupFrame): void {
    group.awaitingKey = group.open === T.OBRACE;
    group.key = undefined;
  }

  /** An object item's key (`i`: its name's token); the one being typed at the cursor is not written yet. */
  private readKey(group: GroupFrame, key: string, i: number): void {
    group.key = key;
    if (i !== this.skipName) group.keys.add(key);
  }

  /** `name =` or `type "label" ... {` from token j on. */
  private startsStatement(j: number): boolean {
    const kinds = this.tokens.kinds;
    if (kinds[j] !== T.IDENT) return false;
    if (kinds[j + 1] === T.EQUAL) return true;
    let n = j + 1;
    while (kinds[n] === T.IDENT || kinds[n] === T.OQUOTE || kinds[n] === T.LIT || kinds[n] === T.CQUOTE) n++;
    return n > j + 1 && kinds[n] === T.OBRACE;
  }

  private close(kind: T): void {
    const open = CLOSER_OF[kind];
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i]!;
      if (frame.kind === 'group' && frame.open === open) {
        this.stack.length = i;
        return;
      }
      if (frame.kind !== 'group') break;
    }
    // A `}` that matches no object ends the block the argument stands in.
    if (kind === T.CBRACE && this.expressionOwner()?.kind === 'attribute') {
      this.popExpression();
      this.closeBody();
    }
  }

  private expressionOwner(): Frame | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i]!;
      if (frame.kind !== 'group') return frame;
    }
    return undefined;
  }

  /** Pops the groups and the argument down to the body they stand in. */
  private popExpression(): void {
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.kind !== 'body') this.stack.pop();
  }

  private popThrough(kind: 'interp' | 'template'): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const frame = this.stack[i]!;
      if (frame.kind === 'body') return;
      if (frame.kind === kind) {
        this.stack.length = i;
        return;
      }
    }
  }

  private closeBody(): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.kind === 'body' && this.stack.length > 1) this.stack.pop();
    this.freshen();
  }

  private freshen(): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.kind === 'body') top.fresh = true;
  }
}
