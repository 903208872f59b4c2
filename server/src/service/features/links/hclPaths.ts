/**
 * The paths of an HCL2 file (native or JSON syntax): the settings of its sources, data sources,
 * provisioners and post-processors that name local files, the first argument of the functions that
 * read files (`file("...")`, `templatefile(...)`), and strings that start from `${path.root}`.
 */
import type { Attribute, Block, Body, Expression, TemplateExpression } from '../../parsing/hcl/ast';
import { forEachChild } from '../../parsing/hcl/walk';
import { literalString } from '../../model/hcl/configuration';
import type { ComponentKind } from '../../schema/schemaTypes';
import { insideQuotes, type PathCandidate } from './pathLinks';
import { isUpload, pathShape, type PathShape } from './pathSettings';

/** Packer's functions whose first argument is a file (or, for `fileset`, a folder) they read. */
const FILE_FUNCTIONS = new Set(['file', 'filebase64', 'fileexists', 'fileset', 'templatefile']);

interface ComponentContext {
  kind: ComponentKind;
  type: string;
}

export function hclPathCandidates(body: Body, text: string, folder: string): PathCandidate[] {
  const collector = new Collector(text, folder);
  for (const item of body.items) {
    if (item.kind === 'attribute') collector.anywhere(item.expression);
    else collector.topLevelBlock(item);
  }
  return collector.found;
}

class Collector {
  readonly found: PathCandidate[] = [];

  constructor(
    private readonly text: string,
    private readonly folder: string,
  ) {}

  topLevelBlock(block: Block): void {
    const type = block.labels[0]?.value;
    if (block.type === 'source' && type !== undefined) this.component(block, { kind: 'builder', type });
    else if (block.type === 'data' && type !== undefined) this.component(block, { kind: 'data-source', type });
    else if (block.type === 'build') this.build(block.body);
    else this.freeBody(block.body);
  }

  private build(body: Body): void {
    for (const item of body.items) {
      if (item.kind === 'attribute') {
        this.anywhere(item.expression);
        continue;
      }
      const type = item.labels[0]?.value;
      if ((item.type === 'provisioner' || item.type === 'error-cleanup-provisioner') && type !== undefined) {
        this.component(item, { kind: 'provisioner', type });
      } else if (item.type === 'post-processor' && type !== undefined) {
        this.component(item, { kind: 'post-processor', type });
      } else if (item.type === 'post-processors') {
        this.build(item.body);
      } else if (item.type === 'source' && type !== undefined) {
        // `source "source.amazon-ebs.ubuntu" { ... }` refines that source: its settings are the builder's.
        const builderType = type.split('.')[1];
        if (builderType !== undefined) this.component(item, { kind: 'builder', type: builderType });
        else this.freeBody(item.body);
      } else {
        this.freeBody(item.body);
      }
    }
  }

  /**
   * A component's own settings link when they name local paths; elsewhere in it only the file
   * functions do. A `${path.root}/...` under any other setting (`output_directory`) is not a file to open.
   */
  private component(block: Block, context: ComponentContext): void {
    const direction = block.body.items.filter((i): i is Attribute => i.kind === 'attribute' && i.name === 'direction');
    const linksSources =
      context.kind !== 'provisioner' || context.type !== 'file' || isUpload(literalOf(direction.at(-1)?.expression));
    for (const item of block.body.items) {
      if (item.kind === 'block') {
        this.functionsIn(item.body);
        continue;
      }
      const shape = linksSources ? pathShape(context.kind, context.type, item.name) : undefined;
      if (shape !== undefined) this.settingValue(item.expression, shape);
      this.scan(item.expression, false);
    }
  }

  private settingValue(expression: Expression, shape: PathShape): void {
    // `var.x == "" ? "${path.root}/a.sh" : var.x`: each branch that is written out.
    if (expression.kind === 'conditional') {
      this.settingValue(expression.trueResult, shape);
      this.settingValue(expression.falseResult, shape);
      return;
    }
    if (expression.kind === 'parentheses') {
      this.settingValue(expression.expression, shape);
      return;
    }
    if (expression.kind === 'template' && shape !== 'map-of-paths') this.template(expression, shape, false);
    else if (expression.kind === 'tuple' && shape !== 'map-of-paths') {
      for (const item of expression.items) if (item.kind === 'template') this.template(item, shape, false);
    } else if (expression.kind === 'object' && shape === 'map-of-paths') {
      for (const item of expression.items) if (item.value.kind === 'template') this.template(item.value, shape, false);
    }
  }

  private freeBody(body: Body): void {
    for (const item of body.items) {
      if (item.kind === 'attribute') this.anywhere(item.expression);
      else this.freeBody(item.body);
    }
  }

  private functionsIn(body: Body): void {
    for (const item of body.items) {
      if (item.kind === 'attribute') this.scan(item.expression, false);
      else this.functionsIn(item.body);
    }
  }

  /** Outside a component: file functions, and strings that start from `${path.root}`. */
  anywhere(expression: Expression): void {
    this.scan(expression, true);
  }

  private scan(expression: Expression, pathRootStrings: boolean): void {
    if (expression.kind === 'functionCall' && FILE_FUNCTIONS.has(expression.name)) {
      const first = expression.args[0];
      if (first?.kind === 'template') this.template(first, 'path', false);
    } else if (expression.kind === 'template' && pathRootStrings) {
      this.template(expression, 'path', true);
    }
    forEachChild(expression, (child) => this.scan(child, pathRootStrings));
  }

  /** A quoted string of literals and `${path.root}`; with `mustStartAtRoot`, only `"${path.root}/..."`. */
  private template(template: TemplateExpression, shape: PathShape, mustStartAtRoot: boolean): void {
    if (template.style !== 'quoted' || !template.terminated) return;
    const [first] = template.parts;
    if (mustStartAtRoot && (first === undefined || !isPathRoot(first))) return;
    let value = '';
    for (const part of template.parts) {
      if (part.kind === 'templateLiteral') value += part.value;
      else if (isPathRoot(part)) value += this.folder;
      else return;
    }
    if (mustStartAtRoot && value === this.folder) return;
    this.found.push({ value, range: insideQuotes(this.text, template.range), shape });
  }
}

/** `${path.root}`: the folder of the configuration. */
function isPathRoot(part: TemplateExpression['parts'][number]): boolean {
  if (part.kind !== 'templateInterpolation') return false;
  const expression = part.expression;
  if (expression.kind !== 'scopeTraversal' || expression.root !== 'path') return false;
  const [step, ...rest] = expression.steps;
  return rest.length === 0 && step?.kind === 'attribute' && step.name === 'root';
}

/** A literal string as the node `isUpload` reads; a computed value as unknown. */
function literalOf(expression: Expression | undefined): { type: string; value?: unknown } | undefined {
  if (expression === undefined) return undefined;
  return literalString(expression) ?? { type: 'expression' };
}
