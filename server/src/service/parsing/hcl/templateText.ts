/**
 * Template text after parsing: strip markers trim spaces (Go's unicode.IsSpace, as HCL), `<<-`
 * heredocs lose their common indentation, and adjacent literals are joined.
 */
import { isSpaceCode } from './chars';
import type { FlatLiteral, FlatPart } from './templateTree';

export function trimStart(value: string): string {
  let i = 0;
  while (i < value.length && isSpaceCode(value.charCodeAt(i))) i++;
  return value.slice(i);
}

export function trimEnd(value: string): string {
  let i = value.length;
  while (i > 0 && isSpaceCode(value.charCodeAt(i - 1))) i--;
  return value.slice(0, i);
}

function literalValue(text: string, part: FlatLiteral): string {
  return part.value ?? text.slice(part.start, part.end);
}

/**
 * `<<-`: the smallest indentation of the lines (blank lines aside; a line that starts with `${`
 * counts as none) is removed from every line, as HCL's flushHeredocTemplateParts does.
 */
export function removeIndentation(text: string, parts: FlatPart[]): void {
  let min = Infinity;
  let lineStart = true;
  const adjust: FlatLiteral[] = [];
  for (const part of parts) {
    if (lineStart) {
      lineStart = false;
      if (part.type === 'literal') {
        const value = literalValue(text, part);
        const spaces = value.length - trimStart(value).length;
        if (!(spaces === value.length && value.endsWith('\n'))) {
          adjust.push(part);
          min = Math.min(min, spaces);
        }
      } else min = 0;
    }
    if (part.type === 'literal' && literalValue(text, part).endsWith('\n')) lineStart = true;
  }
  if (min === Infinity || min === 0) return;
  for (const part of adjust) {
    part.value = literalValue(text, part).slice(min);
    part.start += min;
  }
}

/** Adjacent literals become one; untouched neighbours in the source stay a plain slice. */
export function joinLiterals(text: string, parts: FlatPart[]): FlatPart[] {
  const joined: FlatPart[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (part.type !== 'literal' || previous?.type !== 'literal') {
      joined.push(part);
      continue;
    }
    if (previous.value === undefined && part.value === undefined && previous.end === part.start)
      previous.end = part.end;
    else {
      previous.value = literalValue(text, previous) + literalValue(text, part);
      previous.end = part.end;
    }
  }
  return joined;
}
