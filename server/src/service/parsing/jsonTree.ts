/**
 * One pass of jsonc-parser's visitor builds our tree directly, as its parseTree builds its own:
 * no intermediate tree to convert and no second scan for trailing commas (a large template paid
 * for three passes and two trees). Keys and `type` values with look-alike characters are repaired
 * on the way, with a recovery each.
 */
import { visit, ParseErrorCode, type ParseError } from 'jsonc-parser';
import { hasLookalike, lookalike } from './characters';
import type { LookalikeRecovery, Recovery } from './recovery';
import type { ValueNode } from './tree';
import { ArrayValue, booleanNode, nullNode, numberNode, ObjectValue, Property, stringNode } from './treeNodes';

export interface JsonTree {
  root: ValueNode | undefined;
  errors: ParseError[];
  /** A comma before a closing brace or bracket (jsonc-parser accepts it when told to; Packer does not). */
  trailingCommas: Recovery[];
}

/** The artificial top of the stack, as parseTree's own. */
interface Top {
  type: 'top';
  items: ValueNode[];
}
type Container = Top | ObjectValue | ArrayValue | Property;
type Parent = ObjectValue | ArrayValue | Property | undefined;

/** `repaired` is the text the parser reads; `original` the one the user wrote (same length). */
export function buildJsonTree(repaired: string, original: string, recoveries: Recovery[]): JsonTree {
  const top: Top = { type: 'top', items: [] };
  let current: Container = top;
  const errors: ParseError[] = [];
  const trailingCommas: Recovery[] = [];
  let pendingComma: number | undefined;
  // Set from a syntax error until the parser reads a value again: a comma there follows no item,
  // so a bracket after it makes no trailing comma (its removal would only move the error).
  let sinceError = false;
  // One string per distinct key: a template repeats the same few names thousands of times, and the
  // parser reads each occurrence into a string of its own. (Values repeat less: interning them
  // saved a little memory for a tenth of the parse time.)
  const names = new Map<string, string>();
  const intern = (name: string): string => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  };

  const parentOf = (container: Container): Parent => (container.type === 'top' ? undefined : container);
  const parentOfContainer = (node: ObjectValue | ArrayValue | Property): Container => (node.parent as Parent) ?? top;
  /** A value where parseTree would make it a child of the current node (an object holds properties only). */
  const add = (value: ValueNode): void => {
    if (current.type === 'top' || current.type === 'array') current.items.push(value);
    else if (current.type === 'property' && current.value === undefined) current.value = value;
  };
  const open = (node: ObjectValue | ArrayValue): void => {
    pendingComma = undefined;
    sinceError = false;
    add(node);
    current = node;
  };
  const completeProperty = (end: number): void => {
    if (current.type !== 'property') return;
    current.end = end;
    current = parentOfContainer(current);
  };
  const close = (end: number): void => {
    if (current.type === 'top') return;
    current.end = end;
    // An array grown by push keeps room for more (17 slots after the first): kept for as long as
    // the document is open, that was a seventh of its memory. A copy has its exact length.
    if (current.type === 'object') current.properties = current.properties.slice();
    else if (current.type === 'array') current.items = current.items.slice();
    current = parentOfContainer(current);
  };
  const closing = (container: 'object' | 'array'): void => {
    if (pendingComma !== undefined) {
      trailingCommas.push({ kind: 'trailing-comma', range: { start: pendingComma, end: pendingComma + 1 }, container });
    }
    pendingComma = undefined;
    sinceError = false;
  };

  visit(
    repaired,
    {
      onObjectBegin: (offset) => open(new ObjectValue(offset, -1, parentOf(current))),
      onObjectProperty: (name, offset, length) => {
        pendingComma = undefined;
        sinceError = false;
        // jsonc-parser reports a property only inside an object; a stray one gets a detached owner.
        const owner = current.type === 'object' ? current : new ObjectValue(offset, offset, undefined);
        const key = intern(repairName(name, offset, offset + length, original, 'key', recoveries));
        const property = new Property(key, offset + length, undefined, offset, -1, owner);
        owner.properties.push(property);
        current = property;
      },
      onObjectEnd: (offset, length) => {
        closing('object');
        completeProperty(offset + length); // a property whose value is missing ends with its object
        close(offset + length);
        completeProperty(offset + length);
      },
      onArrayBegin: (offset) => open(new ArrayValue(offset, -1, parentOf(current))),
      onArrayEnd: (offset, length) => {
        closing('array');
        close(offset + length);
        completeProperty(offset + length);
      },
      onLiteralValue: (value: unknown, offset, length) => {
        pendingComma = undefined;
        sinceError = false;
        add(literal(value, offset, offset + length, parentOf(current), current, original, recoveries));
        completeProperty(offset + length);
      },
      onSeparator: (separator, offset) => {
        if (separator === ',') {
          pendingComma = sinceError ? undefined : offset;
          completeProperty(offset);
        } else pendingComma = undefined;
      },
      onError: (error, offset, length) => {
        // A comment is no token between a comma and a bracket; anything else the parser stumbles on is.
        if (error !== ParseErrorCode.InvalidCommentToken) {
          pendingComma = undefined;
          sinceError = true;
        }
        errors.push({ error, offset, length });
      },
    },
    { allowTrailingComma: true, disallowComments: true, allowEmptyContent: true },
  );
  return { root: top.items[0], errors, trailingCommas };
}

function literal(
  value: unknown,
  start: number,
  end: number,
  parent: Parent,
  current: Container,
  original: string,
  recoveries: Recovery[],
): ValueNode {
  if (typeof value === 'string') {
    // A component's `type` is a name too: repaired as keys are.
    const isType = current.type === 'property' && current.key === 'type' && current.value === undefined;
    const text = isType ? repairName(value, start, end, original, 'type', recoveries) : value;
    return stringNode(text, start, end, parent);
  }
  if (typeof value === 'number') return numberNode(value, start, end, parent);
  if (typeof value === 'boolean') return booleanNode(value, start, end, parent);
  return nullNode(start, end, parent);
}

/**
 * Keys and component types are names: a look-alike dash or an invisible space in them is never
 * meant, and Packer would report an unknown key or type that looks exactly like a known one.
 */
function repairName(
  value: string,
  start: number,
  end: number,
  original: string,
  context: 'key' | 'type',
  recoveries: Recovery[],
): string {
  if (!hasLookalike(value)) return value;
  const source = original.slice(start, end);
  let repaired = '';
  for (const char of value) repaired += lookalike(char)?.intended ?? char;
  // Report each run in the source text; an escaped look-alike (\u2013) is left alone by the fix.
  for (let i = 0; i < source.length; i++) {
    const look = lookalike(source[i]);
    if (look === undefined) continue;
    let j = i + 1;
    while (j < source.length && source[j] === source[i]) j++;
    recoveries.push({
      kind: 'lookalike-character',
      range: { start: start + i, end: start + j },
      found: source.slice(i, j),
      name: look.name,
      replacement: look.intended.repeat(j - i),
      context,
    } satisfies LookalikeRecovery);
    i = j - 1;
  }
  return repaired;
}
