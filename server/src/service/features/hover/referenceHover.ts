/**
 * Hover text of an HCL2 reference: what `var.x`, `local.x`, `source.T.N`, `data.T.N.attr`,
 * `build.X`, `path.root`... resolve to in the folder's configuration.
 */
import type { Block, ScopeTraversal } from '../../parsing/hcl/ast';
import type { ComponentDeclaration, HclConfiguration } from '../../model/hcl/configuration';
import { stepName } from '../../model/hcl/referenceResolution';
import { componentSummary } from '../../packer/componentSummaries';
import { hcl2Facts } from '../../schema/generated/hcl2';
import { getComponentSchema } from '../../schema/schemaStore';
import { dataSourceOutputMeaning } from './dataSourceOutputs';
import { buildField, referenceRoot } from './keywordTexts';
import { localHover } from './localHover';
import { code, fileLine, docsLink, paragraphs } from '../markdown';
import { hclVariableHover } from './variableHover';

export function referenceHover(
  configuration: HclConfiguration,
  traversal: ScopeTraversal,
  stepIndex: number,
  blocks: readonly Block[],
): string | undefined {
  const names = traversal.steps.map((step) => stepName(step)?.name);
  const [first, second, third] = names;
  switch (traversal.root) {
    case 'var':
      return first === undefined ? rootHover('var') : hclVariableHover(configuration, first);
    case 'local':
      return first === undefined ? rootHover('local') : localHover(configuration, first);
    case 'source':
      // Inside a build's blocks, `source.name` and `source.type` are the source being built.
      if (blocks[0]?.type === 'build' && (first === 'name' || first === 'type') && second === undefined)
        return paragraphs(`**source.${first}** · the ${first} of the source being built`, rootHover('source'));
      return first === undefined || second === undefined
        ? rootHover('source')
        : sourceHover(configuration, first, second);
    case 'data':
      return first === undefined || second === undefined
        ? rootHover('data')
        : dataHover(configuration, first, second, stepIndex >= 2 ? third : undefined);
    case 'build': {
      const meaning = first === undefined ? undefined : buildField(first);
      return meaning === undefined ? rootHover('build') : paragraphs(`**build.${first}**`, meaning);
    }
    default:
      return rootHover(traversal.root);
  }
}

function rootHover(root: string): string | undefined {
  const text = referenceRoot(root);
  return text === undefined ? undefined : paragraphs(`**${root}**`, text);
}

/** `source.TYPE.NAME`, also as written in a build's `sources` list or `source` label. */
export function sourceHover(configuration: HclConfiguration, type: string, name: string): string {
  const found = configuration.sources.find((s) => s.type === type && s.name === name);
  return paragraphs(
    `**source.${type}.${name}** · ${code(type)} builder`,
    found === undefined ? 'No such `source` block in this folder.' : declaredIn(found),
    componentSummary('builder', type),
    docsOf('builder', type),
  );
}

/** `data.TYPE.NAME`, with the output named after it when there is one. */
export function dataHover(
  configuration: HclConfiguration,
  type: string,
  name: string,
  output: string | undefined,
): string {
  const found = configuration.dataSources.find((d) => d.type === type && d.name === name);
  const outputs = Object.prototype.hasOwnProperty.call(hcl2Facts.dataSourceOutputs, type)
    ? hcl2Facts.dataSourceOutputs[type]
    : undefined;
  const outputText =
    output === undefined
      ? undefined
      : paragraphs(
          `Output ${code(output)}${outputs !== undefined && !outputs.includes(output) ? ' — not an output of this data source' : ''}`,
          dataSourceOutputMeaning(type, output),
        );
  return paragraphs(
    `**data.${type}.${name}${output === undefined ? '' : `.${output}`}** · ${code(type)} data source`,
    outputText,
    found === undefined ? 'No such `data` block in this folder.' : declaredIn(found),
    outputs !== undefined && `Outputs: ${outputs.map(code).join(', ')}`,
    componentSummary('data-source', type),
    docsOf('data-source', type),
  );
}

function declaredIn(declaration: ComponentDeclaration): string {
  return `Declared in ${code(fileLine(declaration.file, declaration.block.range.start))}.`;
}

function docsOf(kind: 'builder' | 'data-source', type: string): string | undefined {
  const schema = getComponentSchema(kind, type);
  return schema === undefined ? undefined : docsLink(schema['x-packer'].docs);
}
