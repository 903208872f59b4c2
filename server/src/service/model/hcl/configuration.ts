/**
 * The Packer view of an HCL2 configuration folder: every declaration with the file it stands in,
 * so that a reference in one file can be checked against a declaration in another.
 */
import type { Attribute, Block, BlockLabel, Expression } from '../../parsing/hcl/ast';
import type { StringNode } from '../../parsing/tree';
import type { ComponentKind } from '../../schema/schemaTypes';
import { component } from './hclComponents';
import type { HclFile } from './hclFile';
import type { TemplateComponent } from '../legacyTemplate';

export interface Declaration {
  name: string;
  file: HclFile;
  nameRange: { start: number; end: number };
}

export interface VariableDeclaration extends Declaration {
  /** `variable "x" {}`, or an attribute of a `variables {}` block. */
  block: Block | undefined;
  hasDefault: boolean;
  sensitive: boolean;
}

export interface LocalDeclaration extends Declaration {
  expression: Expression;
}

export interface ComponentDeclaration extends Declaration {
  /** builder (a `source` block) or data-source (a `data` block). */
  component: TemplateComponent;
  type: string;
  block: Block;
}

export interface BuildDeclaration {
  file: HclFile;
  block: Block;
  name: string | undefined;
  /** `sources = ["source.x.y"]` entries and `source "source.x.y" {}` labels. */
  sourceReferences: Array<{ value: string; range: { start: number; end: number } }>;
  provisioners: TemplateComponent[];
  postProcessors: TemplateComponent[];
}

export interface VariableAssignment extends Declaration {
  attribute: Attribute;
}

export interface HclConfiguration {
  files: HclFile[];
  variables: VariableDeclaration[];
  locals: LocalDeclaration[];
  sources: ComponentDeclaration[];
  dataSources: ComponentDeclaration[];
  builds: BuildDeclaration[];
  /** Top-level attributes of variable files (auto and not). */
  assignments: VariableAssignment[];
}

export function buildConfiguration(files: HclFile[]): HclConfiguration {
  const configuration: HclConfiguration = {
    files,
    variables: [],
    locals: [],
    sources: [],
    dataSources: [],
    builds: [],
    assignments: [],
  };
  for (const file of files) {
    for (const item of file.body.items) {
      if (file.role !== 'config') {
        if (item.kind === 'attribute')
          configuration.assignments.push({ name: item.name, file, nameRange: item.nameRange, attribute: item });
        continue;
      }
      if (item.kind === 'block') collectBlock(configuration, file, item);
    }
  }
  return configuration;
}

function collectBlock(configuration: HclConfiguration, file: HclFile, block: Block): void {
  const [first, second] = block.labels;
  switch (block.type) {
    case 'variable':
      if (first !== undefined) configuration.variables.push(variableFromBlock(file, block, first));
      return;
    case 'variables':
      for (const item of block.body.items) {
        if (item.kind === 'attribute') {
          configuration.variables.push({
            name: item.name,
            file,
            nameRange: item.nameRange,
            block: undefined,
            hasDefault: true,
            sensitive: false,
          });
        }
      }
      return;
    case 'locals':
      for (const item of block.body.items) {
        if (item.kind === 'attribute')
          configuration.locals.push({ name: item.name, file, nameRange: item.nameRange, expression: item.expression });
      }
      return;
    case 'local': {
      const expression = block.body.items.find(
        (i): i is Attribute => i.kind === 'attribute' && i.name === 'expression',
      );
      if (first !== undefined && expression !== undefined) {
        configuration.locals.push({
          name: first.value,
          file,
          nameRange: first.range,
          expression: expression.expression,
        });
      }
      return;
    }
    case 'source':
    case 'data':
      if (first !== undefined && second !== undefined) {
        const kind: ComponentKind = block.type === 'source' ? 'builder' : 'data-source';
        const declaration: ComponentDeclaration = {
          name: second.value,
          file,
          nameRange: second.range,
          type: first.value,
          block,
          component: component(
            kind,
            block,
            `${block.type} "${first.value}" "${second.value}"`,
            `${first.value}.${second.value}`,
          ),
        };
        (kind === 'builder' ? configuration.sources : configuration.dataSources).push(declaration);
      }
      return;
    case 'build':
      configuration.builds.push(buildFromBlock(file, block));
      return;
    default:
      return;
  }
}

function variableFromBlock(file: HclFile, block: Block, label: BlockLabel): VariableDeclaration {
  const attribute = (name: string) =>
    block.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);
  const sensitive = attribute('sensitive')?.expression;
  return {
    name: label.value,
    file,
    nameRange: label.range,
    block,
    hasDefault: attribute('default') !== undefined,
    sensitive: sensitive?.kind === 'bool' && sensitive.value,
  };
}

/** A build's `sources = ["source.x.y"]` entries and `source "source.x.y" {}` labels, in order. */
export function sourceReferencesOf(block: Block): BuildDeclaration['sourceReferences'] {
  const references: BuildDeclaration['sourceReferences'] = [];
  for (const item of block.body.items) {
    if (item.kind === 'attribute') {
      if (item.name === 'sources' && item.expression.kind === 'tuple') {
        for (const entry of item.expression.items) {
          const text = literalString(entry);
          if (text !== undefined) references.push({ value: text.value, range: text.range });
        }
      }
    } else if (item.type === 'source' && item.labels[0] !== undefined)
      references.push({ value: item.labels[0].value, range: item.labels[0].range });
  }
  return references;
}

function buildFromBlock(file: HclFile, block: Block): BuildDeclaration {
  const build: BuildDeclaration = {
    file,
    block,
    name: undefined,
    sourceReferences: [],
    provisioners: [],
    postProcessors: [],
  };
  build.sourceReferences = sourceReferencesOf(block);
  for (const item of block.body.items) {
    if (item.kind === 'attribute') {
      if (item.name === 'name') build.name = literalString(item.expression)?.value;
      continue;
    }
    const [label] = item.labels;
    switch (item.type) {
      case 'provisioner':
      case 'error-cleanup-provisioner':
        if (label !== undefined)
          build.provisioners.push(component('provisioner', item, `${item.type} "${label.value}"`, undefined));
        break;
      case 'post-processor':
        if (label !== undefined)
          build.postProcessors.push(component('post-processor', item, `post-processor "${label.value}"`, undefined));
        break;
      case 'post-processors':
        for (const inner of item.body.items) {
          const innerLabel = inner.kind === 'block' ? inner.labels[0] : undefined;
          if (inner.kind === 'block' && inner.type === 'post-processor' && innerLabel !== undefined) {
            build.postProcessors.push(
              component('post-processor', inner, `post-processor "${innerLabel.value}"`, undefined),
            );
          }
        }
        break;
      default:
        break;
    }
  }
  return build;
}

/** A string written without interpolation, with its value and range. */
export function literalString(expression: Expression): StringNode | undefined {
  if (expression.kind !== 'template') return undefined;
  const [only, ...rest] = expression.parts;
  if (rest.length > 0 || (only !== undefined && only.kind !== 'templateLiteral')) return undefined;
  return { type: 'string', range: expression.range, parent: undefined, value: only?.value ?? '' };
}
