/**
 * The root keys of a legacy template besides variables, builders, provisioners and post-processors:
 * `description` becomes a comment at the top, `min_packer_version` a `packer { required_version }`
 * block, `_comment`-style keys comments; any other key, and an entry of the wrong shape that the
 * model had to skip, gets a comment saying it was left out.
 */
import type { LegacyTemplate } from '../model/legacyTemplate';
import { stringValue, type ValueNode } from '../parsing/tree';
import { Notes, type ConvertContext } from './context';
import { attribute, block, comment, expression, quoted, type HclItem } from './hclWriter';
import { lastProperties } from './settings';

const CONVERTED_ELSEWHERE = new Set([
  'variables',
  'sensitive-variables',
  'builders',
  'provisioners',
  'post-processors',
  'error-cleanup-provisioner',
]);

export function convertRootKeys(
  template: LegacyTemplate,
  context: ConvertContext,
): { top: HclItem[]; packer: HclItem | undefined } {
  const top: HclItem[] = [];
  let packer: HclItem | undefined;
  const leftOut = (text: string) => {
    const notes = new Notes(context);
    notes.add('', text);
    top.push(comment(...notes.lines));
  };
  for (const { key, value } of lastProperties(template.root)) {
    if (value === undefined) continue;
    const text = stringValue(value);
    if (CONVERTED_ELSEWHERE.has(key)) {
      for (const problem of shapeProblems(key, value)) leftOut(problem);
    } else if (key === 'description' && text !== undefined) {
      top.push(comment(...text.split('\n')));
    } else if (key === 'min_packer_version' && text !== undefined) {
      packer = block('packer', [], [attribute('required_version', expression(quoted(`>= ${text}`)))]);
    } else if (key.startsWith('_')) {
      top.push(comment(`${key}: ${text ?? `(a ${value.type})`}`));
    } else {
      leftOut(`The root key "${key}" has no HCL2 equivalent; it was left out.`);
    }
  }
  return { top, packer };
}

/** What the model skips without a word: a list entry that is no object, a non-object `variables`. */
function shapeProblems(key: string, value: ValueNode): string[] {
  if (key === 'variables' && value.type !== 'object') return [`"variables" is not an object; it was left out.`];
  if ((key === 'builders' || key === 'provisioners') && value.type === 'array') {
    return value.items.flatMap((item, index) =>
      item.type === 'object' ? [] : [`${key}[${index}] is not an object; it was left out.`],
    );
  }
  return [];
}
