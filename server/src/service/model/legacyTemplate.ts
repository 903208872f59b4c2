/**
 * The Packer view of a legacy JSON template: which objects are builders, provisioners and
 * post-processors (in all three post-processor forms), the variables, and every `{{ }}` call.
 * Built from the format-neutral tree; rules read this instead of walking JSON themselves.
 */
import type { ComponentKind } from '../schema/schemaTypes';
import {
  findProperty,
  propertyValue,
  stringValue,
  type ObjectNode,
  type PropertyNode,
  type StringNode,
  type ValueNode,
} from '../parsing/tree';
import { findTemplateCalls, type TemplateCall } from './templateCalls';

export interface TemplateComponent {
  kind: ComponentKind;
  /** The JSON object that configures it (for the string form of a post-processor, undefined). */
  node: ObjectNode | undefined;
  /** The node that names the type: the `type` value, or the string of a string post-processor. */
  typeNode: StringNode | undefined;
  type: string | undefined;
  /** The builder name (`name`, defaulting to the type); post-processors have one too. */
  name: string | undefined;
  /** Where it stands, for messages: "builder 1", "provisioner 2", "post-processor 1.2". */
  label: string;
  /** Provisioners and post-processors: the builds they are limited to or kept from. */
  only: StringNode[];
  except: StringNode[];
  /** Provisioners: per-builder overrides, keyed by builder name. */
  overrides: PropertyNode[];
}

export interface TemplateVariable {
  name: string;
  property: PropertyNode;
  /** A variable whose value is null must be set by the user. */
  required: boolean;
  sensitive: boolean;
}

export interface TemplateString {
  node: StringNode;
  calls: TemplateCall[];
}

export interface LegacyTemplate {
  root: ObjectNode;
  variables: Map<string, TemplateVariable>;
  builders: TemplateComponent[];
  provisioners: TemplateComponent[];
  postProcessors: TemplateComponent[];
  /** Every string that holds a `{{ }}` call, with the calls. */
  templateStrings: TemplateString[];
}

export function buildLegacyTemplate(root: ObjectNode, text: string): LegacyTemplate {
  const sensitive = new Set(stringItems(propertyValue(root, 'sensitive-variables')).map((n) => n.value));
  const variables = new Map<string, TemplateVariable>();
  const variablesNode = propertyValue(root, 'variables');
  if (variablesNode?.type === 'object') {
    for (const property of variablesNode.properties) {
      variables.set(property.key, {
        name: property.key,
        property,
        required: property.value?.type === 'null',
        sensitive: sensitive.has(property.key),
      });
    }
  }

  const builders = objectItems(propertyValue(root, 'builders')).map((node, index) =>
    component('builder', node, `builder ${index + 1}`),
  );
  const provisioners = objectItems(propertyValue(root, 'provisioners')).map((node, index) =>
    component('provisioner', node, `provisioner ${index + 1}`),
  );
  const cleanup = propertyValue(root, 'error-cleanup-provisioner');
  if (cleanup?.type === 'object') provisioners.push(component('provisioner', cleanup, 'error-cleanup-provisioner'));

  return {
    root,
    variables,
    builders,
    provisioners,
    postProcessors: postProcessors(propertyValue(root, 'post-processors')),
    templateStrings: collectTemplateStrings(root, text),
  };
}

function component(kind: TemplateComponent['kind'], node: ObjectNode, label: string): TemplateComponent {
  const typeNode = propertyValue(node, 'type');
  const type = stringValue(typeNode);
  const name = stringValue(propertyValue(node, 'name')) ?? type;
  const overrideNode = propertyValue(node, 'override');
  return {
    kind,
    node,
    typeNode: typeNode?.type === 'string' ? typeNode : undefined,
    type,
    name,
    label,
    only: stringItems(propertyValue(node, 'only')),
    except: stringItems(propertyValue(node, 'except')),
    overrides: overrideNode?.type === 'object' ? overrideNode.properties : [],
  };
}

/**
 * `post-processors` holds, per element: a type name ("compress"), an object, or an array (a
 * chain) of either. A nested array inside a chain is an error Packer reports; it is skipped here.
 */
function postProcessors(node: ValueNode | undefined): TemplateComponent[] {
  const result: TemplateComponent[] = [];
  if (node?.type !== 'array') return result;
  node.items.forEach((item, index) => {
    const chain = item.type === 'array' ? item.items : [item];
    chain.forEach((element, position) => {
      const label =
        item.type === 'array' ? `post-processor ${index + 1}.${position + 1}` : `post-processor ${index + 1}`;
      if (element.type === 'object') result.push(component('post-processor', element, label));
      else if (element.type === 'string')
        result.push({
          kind: 'post-processor',
          node: undefined,
          typeNode: element,
          type: element.value,
          name: element.value,
          label,
          only: [],
          except: [],
          overrides: [],
        });
    });
  });
  return result;
}

function objectItems(node: ValueNode | undefined): ObjectNode[] {
  if (node?.type !== 'array') return [];
  return node.items.filter((item): item is ObjectNode => item.type === 'object');
}

function stringItems(node: ValueNode | undefined): StringNode[] {
  if (node?.type !== 'array') return [];
  return node.items.filter((item): item is StringNode => item.type === 'string');
}

function collectTemplateStrings(root: ValueNode, text: string): TemplateString[] {
  const result: TemplateString[] = [];
  const visit = (node: ValueNode): void => {
    if (node.type === 'object') {
      for (const property of node.properties) if (property.value !== undefined) visit(property.value);
    } else if (node.type === 'array') {
      node.items.forEach(visit);
    } else if (node.type === 'string' && node.value.includes('{{')) {
      const source = text.slice(node.range.start + 1, node.range.end - 1);
      const calls = findTemplateCalls(source, node.range.start + 1);
      if (calls.length > 0) result.push({ node, calls });
    }
  };
  visit(root);
  return result;
}

export function isLegacyTemplateRoot(root: ValueNode | undefined): root is ObjectNode {
  return root?.type === 'object' && findProperty(root, 'builders')?.value?.type === 'array';
}
