/** cty type expressions as the generated specs write them, in the words Packer's docs use. */

/** `cty.List(cty.String)` → `list(string)`; undefined for an expression it cannot read. */
export function ctyToPackerType(expr: string): string | undefined {
  const text = expr.replace(/\s+/g, '');
  const primitive: Record<string, string> = {
    'cty.String': 'string',
    'cty.Number': 'number',
    'cty.Bool': 'bool',
    'cty.DynamicPseudoType': 'any',
  };
  if (primitive[text]) return primitive[text];
  const collection = /^cty\.(List|Set|Map)\((.*)\)$/.exec(text);
  if (collection) {
    const inner = ctyToPackerType(collection[2]!);
    return inner && `${collection[1]!.toLowerCase()}(${inner})`;
  }
  return undefined;
}
