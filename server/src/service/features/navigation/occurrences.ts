/**
 * What navigation works on: every place a renameable name is written — its declaration and each
 * reference to it — with the exact range of the name in the text of the file it stands in. HCL2
 * folders and legacy JSON templates both produce this list, so definition, references and rename
 * are written once.
 */
import type { OffsetRange } from '../../types';
import { touches } from '../context/hclContext';

export type NavigationTarget =
  | { kind: 'variable' | 'local'; name: string }
  | { kind: 'source' | 'data'; type: string; name: string }
  | { kind: 'template-variable' | 'builder'; name: string };

export interface Occurrence {
  target: NavigationTarget;
  uri: string;
  /** The text of the file the range points into (the editor's text when the file is open). */
  text: string;
  /** Exactly the name: no quotes, no `var.`, no type half of `TYPE.NAME`. */
  range: OffsetRange;
  role: 'declaration' | 'reference';
  /** Where a cursor also means this name: all of `var.x`, all of `"source.T.N"`. */
  hitRange?: OffsetRange;
  /** Why the name cannot be edited here (a builder named by its type), when it cannot. */
  fixed?: string;
}

function targetKey(target: NavigationTarget): string {
  return 'type' in target ? `${target.kind}:${target.type}.${target.name}` : `${target.kind}:${target.name}`;
}

export function sameTarget(a: NavigationTarget, b: NavigationTarget): boolean {
  return targetKey(a) === targetKey(b);
}

/**
 * An occurrence, kept only when the text at its range really is the name: a range the model
 * derived through escapes or recovery may be off, and an edit there would corrupt the file.
 */
export function occurrence(
  target: NavigationTarget,
  file: { uri: string; text: string },
  range: OffsetRange | undefined,
  role: Occurrence['role'],
): Occurrence | undefined {
  if (range === undefined || file.text.slice(range.start, range.end) !== target.name) return undefined;
  return { target, uri: file.uri, text: file.text, range, role };
}

/** The inside of a quoted label or string, or the range itself when it is written bare. */
export function unquoted(text: string, range: OffsetRange): OffsetRange {
  const quote = text[range.start];
  if ((quote === '"' || quote === "'") && range.end - range.start >= 2 && text[range.end - 1] === quote)
    return { start: range.start + 1, end: range.end - 1 };
  return range;
}

/**
 * `"source.TYPE.NAME"` or `"TYPE.NAME"` (Packer drops the first of three parts): the type and the
 * name with the name's range, when the string is written without escapes.
 */
export function sourceName(
  text: string,
  value: string,
  range: OffsetRange,
): { type: string; name: string; range: OffsetRange } | undefined {
  const parts = value.split('.');
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [type = '', name = ''] = parts.slice(-2);
  const inner = unquoted(text, range);
  if (text.slice(inner.start, inner.end) !== value) return undefined;
  return { type, name, range: { start: inner.end - name.length, end: inner.end } };
}

/** The occurrence under the cursor in one file: a name itself first, then the wider text around one. */
export function occurrenceAt(occurrences: Occurrence[], uri: string, offset: number): Occurrence | undefined {
  const here = occurrences.filter((o) => o.uri === uri);
  return (
    here.find((o) => touches(o.range, offset)) ??
    here.find((o) => o.hitRange !== undefined && touches(o.hitRange, offset))
  );
}
