/**
 * Hover on a variable's `type = ...`: the type constraint in plain words (`list(string)` is "a list
 * of strings"), so that a reader need not know HCL's type syntax to know what value to give.
 */
import type { Expression, ObjectItem } from '../../parsing/hcl/ast';
import { parseHclExpression } from '../../parsing/hcl/parser';
import { code, docsLink, paragraphs, shortSource } from '../markdown';

const TYPES_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables#type-constraints';

/** Nouns of the primitive types, singular then plural. */
const PRIMITIVES: Readonly<Record<string, readonly [string, string]>> = {
  string: ['string', 'strings'],
  number: ['number', 'numbers'],
  bool: ['bool (`true` or `false`)', 'bools (`true` or `false`)'],
  any: ['value of any type', 'values of any type'],
};

const COLLECTIONS: Readonly<Record<string, readonly [string, string]>> = {
  list: ['list', 'lists'],
  set: ['set', 'sets'],
  map: ['map', 'maps'],
};

/** `source` is the constraint as written; `expression` its syntax, when already parsed. */
export function typeConstraintHover(source: string, expression?: Expression): string {
  const parsed = expression ?? parseHclExpression(source);
  const syntax = 'kind' in parsed ? parsed : parsed.expression;
  const broken = 'diagnostics' in parsed && parsed.diagnostics.length > 0;
  const noun = broken ? undefined : typeNoun(syntax, false);
  const title = `**type** ${code(shortSource(source))}`;
  if (noun === undefined)
    return paragraphs(
      title,
      'Not a type constraint Packer reads: a type is `string`, `number`, `bool` or `any`, or is built with `list(...)`, `set(...)`, `map(...)`, `object({...})` or `tuple([...])`.',
      docsLink(TYPES_DOCS),
    );
  return paragraphs(
    title,
    `The value must be ${withArticle(noun)}.`,
    hasAny(syntax)
      ? 'Where the constraint says `any`, Packer takes the type of the value given.'
      : 'Packer converts a value of another type when it can (`5` given for a string becomes `"5"`), and otherwise stops with an error.',
    docsLink(TYPES_DOCS),
  );
}

function typeNoun(expression: Expression, plural: boolean): string | undefined {
  const form = plural ? 1 : 0;
  if (expression.kind === 'scopeTraversal' && expression.steps.length === 0) {
    const primitive = own(PRIMITIVES, expression.root);
    return primitive?.[form];
  }
  // A call still being typed (`list(string`) is no type yet.
  if (expression.kind !== 'functionCall' || expression.closeParenRange === undefined) return undefined;
  const [argument, ...extra] = expression.args;
  if (argument === undefined || extra.length > 0) return undefined;
  const collection = own(COLLECTIONS, expression.name);
  if (collection !== undefined) {
    const element = typeNoun(argument, true);
    if (element === undefined) return undefined;
    if (expression.name === 'map') return `${collection[form]} of ${element} (keyed by strings)`;
    if (expression.name === 'set') return `${collection[form]} of ${element} (no duplicates, in no order)`;
    return `${collection[form]} of ${element}`;
  }
  if (expression.name === 'object' && argument.kind === 'object') {
    const attributes = argument.items.map(attributeText);
    if (attributes.some((a) => a === undefined)) return undefined;
    const noun = plural ? 'objects' : 'object';
    return attributes.length === 0 ? `${noun} with no attributes` : `${noun} with ${attributes.join(', ')}`;
  }
  if (expression.name === 'tuple' && argument.kind === 'tuple') {
    const elements = argument.items.map((item) => typeNoun(item, false));
    if (elements.some((e) => e === undefined)) return undefined;
    const noun = plural ? 'tuples' : 'tuple';
    return `${noun} of exactly ${elements.length} element${elements.length === 1 ? '' : 's'} (${elements.map((e) => withArticle(e ?? '')).join(', then ')})`;
  }
  return undefined;
}

/** `name = string` or `name = optional(string)` inside `object({...})`. */
function attributeText(item: ObjectItem): string | undefined {
  const name = item.key.name;
  if (name === undefined) return undefined;
  const value = item.value;
  const optional = value.kind === 'functionCall' && value.name === 'optional' ? value.args[0] : undefined;
  const noun = typeNoun(optional ?? value, false);
  return noun === undefined
    ? undefined
    : `${code(name)} (${withArticle(noun)}${optional === undefined ? '' : ', optional'})`;
}

function hasAny(expression: Expression): boolean {
  if (expression.kind === 'scopeTraversal') return expression.root === 'any';
  if (expression.kind === 'functionCall') return expression.args.some(hasAny);
  if (expression.kind === 'object') return expression.items.some((i) => hasAny(i.value));
  if (expression.kind === 'tuple') return expression.items.some(hasAny);
  return false;
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
