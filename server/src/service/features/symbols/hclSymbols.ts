/**
 * The outline of an HCL2 file: variables, locals, sources and data sources (`amazon-ebs.ubuntu`),
 * builds with their sources, provisioners and post-processors, and the settings of each block as
 * its children. A variable file's outline is its assignments.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Attribute, Block, Body, Expression } from '../../parsing/hcl/ast';
import { literalString } from '../../model/hcl/configuration';
import type { HclFile } from '../../model/hcl/hclFile';
import { SymbolBuilder } from './symbolBuilder';

/** Nested objects deeper than this add nothing an outline reader wants. */
const MAX_DEPTH = 6;

export function hclDocumentSymbols(file: HclFile): DocumentSymbol[] {
  const builder = new SymbolBuilder(file);
  if (file.role !== 'config')
    return file.body.items.map((item) =>
      item.kind === 'attribute'
        ? attributeSymbol(builder, item, SymbolKind.Variable, 0)
        : blockSymbol(builder, item, 0),
    );
  return file.body.items.map((item) =>
    item.kind === 'attribute' ? attributeSymbol(builder, item, SymbolKind.Property, 0) : topLevelBlock(builder, item),
  );
}

function topLevelBlock(b: SymbolBuilder, block: Block): DocumentSymbol {
  const [first, second] = block.labels;
  const header = { start: block.range.start, end: block.labels.at(-1)?.range.end ?? block.typeRange.end };
  switch (block.type) {
    case 'variable':
      if (first === undefined) break;
      return b.symbol(
        first.value,
        SymbolKind.Variable,
        block.range,
        first.range,
        settings(b, block.body, 1),
        'variable',
      );
    case 'variables':
    case 'locals': {
      const kind = block.type === 'locals' ? SymbolKind.Constant : SymbolKind.Variable;
      const children = block.body.items.map((i) =>
        i.kind === 'attribute' ? attributeSymbol(b, i, kind, 1) : blockSymbol(b, i, 1),
      );
      return b.symbol(block.type, SymbolKind.Namespace, block.range, block.typeRange, children);
    }
    case 'local':
      if (first === undefined) break;
      return b.symbol(first.value, SymbolKind.Constant, block.range, first.range, settings(b, block.body, 1), 'local');
    case 'source':
    case 'data':
      if (first === undefined || second === undefined) break;
      return b.symbol(
        `${first.value}.${second.value}`,
        block.type === 'source' ? SymbolKind.Class : SymbolKind.Struct,
        block.range,
        { start: first.range.start, end: second.range.end },
        settings(b, block.body, 1),
        block.type === 'source' ? 'source' : 'data source',
      );
    case 'build':
      return buildSymbol(b, block);
    case 'packer':
      return b.symbol('packer', SymbolKind.Namespace, block.range, block.typeRange, settings(b, block.body, 1));
    default:
      break;
  }
  return b.symbol(headerName(block), SymbolKind.Object, block.range, header, settings(b, block.body, 1));
}

function buildSymbol(b: SymbolBuilder, block: Block): DocumentSymbol {
  const nameAttribute = block.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'name');
  const name = nameAttribute === undefined ? undefined : literalString(nameAttribute.expression)?.value;
  const children = block.body.items.map((item) => {
    if (item.kind === 'attribute') {
      if (item.name !== 'sources' || item.expression.kind !== 'tuple')
        return attributeSymbol(b, item, SymbolKind.Property, 1);
      const sources = item.expression.items.map((entry) => {
        const value = literalString(entry)?.value ?? b.preview(entry.range);
        return b.symbol(value, SymbolKind.Class, entry.range, entry.range, [], 'source');
      });
      return b.symbol('sources', SymbolKind.Property, item.range, item.nameRange, sources);
    }
    return buildChild(b, item);
  });
  const selection = nameAttribute?.expression.range ?? block.typeRange;
  return b.symbol(
    name ?? 'build',
    SymbolKind.Module,
    block.range,
    selection,
    children,
    name === undefined ? undefined : 'build',
  );
}

function buildChild(b: SymbolBuilder, block: Block): DocumentSymbol {
  const [label] = block.labels;
  const selection = label?.range ?? block.typeRange;
  switch (block.type) {
    case 'source':
      return b.symbol(
        label?.value ?? 'source',
        SymbolKind.Class,
        block.range,
        selection,
        settings(b, block.body, 2),
        'source',
      );
    case 'provisioner':
    case 'error-cleanup-provisioner':
    case 'post-processor':
      return b.symbol(
        label?.value ?? block.type,
        SymbolKind.Function,
        block.range,
        selection,
        settings(b, block.body, 2),
        block.type,
      );
    case 'post-processors': {
      const chain = block.body.items.map((i) =>
        i.kind === 'block' ? buildChild(b, i) : attributeSymbol(b, i, SymbolKind.Property, 2),
      );
      return b.symbol('post-processors', SymbolKind.Array, block.range, block.typeRange, chain);
    }
    default:
      return blockSymbol(b, block, 1);
  }
}

function settings(b: SymbolBuilder, body: Body, depth: number): DocumentSymbol[] {
  if (depth > MAX_DEPTH) return [];
  return body.items.map((item) =>
    item.kind === 'attribute' ? attributeSymbol(b, item, SymbolKind.Property, depth) : blockSymbol(b, item, depth),
  );
}

function blockSymbol(b: SymbolBuilder, block: Block, depth: number): DocumentSymbol {
  const header = { start: block.range.start, end: block.labels.at(-1)?.range.end ?? block.typeRange.end };
  const selection = block.labels.length === 0 ? block.typeRange : header;
  return b.symbol(headerName(block), SymbolKind.Struct, block.range, selection, settings(b, block.body, depth + 1));
}

function attributeSymbol(b: SymbolBuilder, attribute: Attribute, kind: SymbolKind, depth: number): DocumentSymbol {
  const children = depth < MAX_DEPTH ? objectFields(b, attribute.expression, depth + 1) : [];
  const detail = children.length > 0 ? undefined : b.preview(attribute.expression.range);
  return b.symbol(attribute.name, kind, attribute.range, attribute.nameRange, children, detail);
}

/** The keys of an object value (`tags = { Name = ... }`), as fields. */
function objectFields(b: SymbolBuilder, expression: Expression, depth: number): DocumentSymbol[] {
  if (expression.kind !== 'object' || depth > MAX_DEPTH) return [];
  return expression.items.map((item) => {
    const name = item.key.name ?? b.preview(item.key.range);
    const children = objectFields(b, item.value, depth + 1);
    const detail = children.length > 0 ? undefined : b.preview(item.value.range);
    return b.symbol(name, SymbolKind.Field, item.range, item.key.range, children, detail);
  });
}

function headerName(block: Block): string {
  return [block.type, ...block.labels.map((l) => `"${l.value}"`)].join(' ');
}
