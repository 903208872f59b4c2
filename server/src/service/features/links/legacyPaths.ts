/**
 * The paths of a legacy JSON template: the settings of its builders, provisioners and
 * post-processors that name local files, and variable defaults written `{{template_dir}}/...`.
 */
import type { LegacyTemplate, TemplateComponent } from '../../model/legacyTemplate';
import { propertyValue, type StringNode, type ValueNode } from '../../parsing/tree';
import { insideQuotes, type PathCandidate } from './pathLinks';
import { isUpload, pathShape, type PathShape } from './pathSettings';

/** `{{template_dir}}` (spaces and trim markers allowed): the template's folder. */
const TEMPLATE_DIR = /\{\{-?\s*template_dir\s*-?\}\}/g;

export function legacyPathCandidates(template: LegacyTemplate, text: string, folder: string): PathCandidate[] {
  const found: PathCandidate[] = [];
  const add = (node: StringNode, shape: PathShape): void => {
    // Any other `{{ }}` call (`{{user "x"}}`) stays in the value, and resolving it declines.
    const value = node.value.replace(TEMPLATE_DIR, () => folder);
    found.push({ value, range: insideQuotes(text, node.range), shape });
  };
  for (const component of [...template.builders, ...template.provisioners, ...template.postProcessors]) {
    componentPaths(component, add);
  }
  // A variable's default is a path only when it says so, by starting from the template's folder.
  for (const variable of template.variables.values()) {
    const value = variable.property.value;
    if (value?.type === 'string' && /^\{\{-?\s*template_dir\s*-?\}\}/.test(value.value)) add(value, 'path');
  }
  return found;
}

function componentPaths(component: TemplateComponent, add: (node: StringNode, shape: PathShape) => void): void {
  const node = component.node;
  if (node === undefined) return;
  if (component.kind === 'provisioner' && component.type === 'file' && !isUpload(propertyValue(node, 'direction')))
    return;
  for (const property of node.properties) {
    const shape = pathShape(component.kind, component.type, property.key);
    if (shape !== undefined) for (const item of pathStrings(property.value, shape)) add(item, shape);
  }
}

/** The strings of a setting's value that hold paths: the value, the items of a list, the values of a map. */
export function pathStrings(value: ValueNode | undefined, shape: PathShape): StringNode[] {
  if (value === undefined) return [];
  if (value.type === 'string') return shape === 'map-of-paths' ? [] : [value];
  if (value.type === 'array' && shape !== 'map-of-paths')
    return value.items.filter((i): i is StringNode => i.type === 'string');
  if (value.type === 'object' && shape === 'map-of-paths') {
    return value.properties.map((p) => p.value).filter((v): v is StringNode => v?.type === 'string');
  }
  return [];
}
