/**
 * Hover text of an HCL2 variable (`variable "x"`, `var.x`, an assignment in a var file). Besides type, default and description, it
 * says everywhere the value can come from, since "why does it have this value?" is the question.
 * Sensitive values are never shown.
 */
import type { Attribute, Block } from '../../parsing/hcl/ast';
import { literalString, type HclConfiguration, type VariableDeclaration } from '../../model/hcl/configuration';
import type { HclFile } from '../../model/hcl/hclFile';
import { code, docsLink, fileLine, paragraphs, shortSource } from '../markdown';

export const SENSITIVE = '(sensitive)';
const VARIABLE_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables';

export function hclVariableHover(configuration: HclConfiguration, name: string): string {
  const declaration = configuration.variables.find((v) => v.name === name);
  const assignments = configuration.assignments.filter((a) => a.name === name);
  const sensitive = declaration?.sensitive === true;
  const value = (file: HclFile, attribute: Attribute | undefined) =>
    attribute === undefined ? undefined : sensitive ? SENSITIVE : shortSource(sourceOf(file, attribute));
  if (declaration === undefined) {
    return paragraphs(
      `**var.${name}** · variable`,
      'Not declared in this folder: Packer rejects a value for a variable no `variable` block declares.',
      setIn(
        name,
        undefined,
        undefined,
        assignments.map((a) => ({ file: a.file, offset: a.nameRange.start, value: value(a.file, a.attribute) })),
      ),
    );
  }
  const { file } = declaration;
  const attribute = (key: string) => attributeOf(declaration.block, key);
  const typeAttribute = attribute('type');
  // In `*.pkr.json` a type is written as a string: show the type, not the quotes.
  const type =
    typeAttribute === undefined
      ? undefined
      : file.json !== undefined
        ? (literalString(typeAttribute.expression)?.value ?? sourceOf(file, typeAttribute))
        : sourceOf(file, typeAttribute);
  const defaultValue = declaration.block === undefined ? variablesBlockAttribute(declaration) : attribute('default');
  const descriptionAttribute = attribute('description');
  const description = descriptionAttribute && literalString(descriptionAttribute.expression);
  const shownDefault = value(file, defaultValue);
  return paragraphs(
    `**var.${name}** · variable${type === undefined ? '' : ` · ${code(shortSource(type))}`}${sensitive ? ' · sensitive' : ''}`,
    shownDefault === undefined ? 'No default: a value must be set.' : `Default: ${code(shownDefault)}`,
    description?.value,
    setIn(
      name,
      { file, offset: declaration.nameRange.start, value: shownDefault },
      declaration,
      assignments.map((a) => ({ file: a.file, offset: a.nameRange.start, value: value(a.file, a.attribute) })),
    ),
    docsLink(VARIABLE_DOCS),
  );
}

interface Place {
  file: HclFile;
  offset: number;
  value: string | undefined;
}

function setIn(
  name: string,
  declared: Place | undefined,
  declaration: VariableDeclaration | undefined,
  assigned: Place[],
): string {
  const lines: string[] = [];
  if (declared !== undefined) {
    const how = declared.value === undefined ? 'without a default' : `default ${code(declared.value)}`;
    lines.push(
      `- declared in ${code(fileLine(declared.file, declared.offset))}, ${how}${declaration?.block === undefined ? ' (a `variables` block)' : ''}`,
    );
  }
  for (const place of assigned) {
    const set = place.value === undefined ? 'set' : `set to ${code(place.value)}`;
    const when =
      place.file.role === 'auto-vars' ? 'loaded automatically' : `only with ${code(`-var-file=${place.file.name}`)}`;
    lines.push(`- ${set} in ${code(fileLine(place.file, place.offset))} (${when})`);
  }
  lines.push(
    `- the environment variable ${code(`PKR_VAR_${name}`)}, or ${code(`-var ${name}=...`)} on the command line, can set it too`,
  );
  return `Where its value comes from (later ones win: default, environment, auto-loaded files, then \`-var-file\`/\`-var\` in command-line order):\n${lines.join('\n')}`;
}

function attributeOf(block: Block | undefined, key: string): Attribute | undefined {
  return block?.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === key);
}

/** `variables { name = default }`: the attribute that declares the variable is its default. */
export function variablesBlockAttribute(declaration: VariableDeclaration): Attribute | undefined {
  for (const item of declaration.file.body.items) {
    if (item.kind !== 'block' || item.type !== 'variables') continue;
    const found = item.body.items.find(
      (i): i is Attribute => i.kind === 'attribute' && i.nameRange.start === declaration.nameRange.start,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

function sourceOf(file: HclFile, attribute: Attribute): string {
  return file.text.slice(attribute.expression.range.start, attribute.expression.range.end);
}
