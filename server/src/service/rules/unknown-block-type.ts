/**
 * The blocks and arguments of Packer's own blocks (the top level of a file, `packer`, `variable`,
 * `locals`, `build`...), as hashicorp/packer's hcl2template decodes them. What a plugin reads (the
 * inside of `source`, `data`, `provisioner`, `post-processor`) is unknown-setting's business.
 */
import type { Attribute, Block, Body } from '../parsing/hcl/ast';
import { attributeToBlock, blockAsArgument } from '../model/hcl/blockSyntax';
import { hcl2Facts } from '../schema/generated/hcl2';
import type { Fix, TextReplacement } from '../types';
import { didYouMean } from '../util/didYouMean';
import type { Rule, RuleContext } from './rule';

type ShapeId = 'file' | 'packer' | 'arguments' | 'variable' | 'validation' | 'local' | 'build' | 'post-processors';

interface Shape {
  where: string;
  /** Block types accepted here. */
  blocks: readonly string[];
  /** In Packer's schema here, and then read by nothing: accepted and ignored (type, then what to do instead). */
  ignored: Readonly<Record<string, string>>;
  /** `any`: a body of free arguments (each one a name of the user's choice). */
  arguments: readonly string[] | 'any';
  /** Packer expands `dynamic` blocks here (dynblock.Expand on the build bodies, not the first pass). */
  dynamic: boolean;
}

const IGNORED_COMMUNICATOR =
  'set "communicator" and its settings (ssh_username, winrm_username...) in each source block instead';

const shapes: Readonly<Record<ShapeId, Shape>> = {
  file: {
    where: 'at the top level of a configuration file',
    blocks: hcl2Facts.topLevelBlocks.filter((b) => b !== 'communicator'),
    ignored: { communicator: IGNORED_COMMUNICATOR },
    arguments: [],
    dynamic: false,
  },
  packer: {
    where: 'in the packer block',
    blocks: ['required_plugins'],
    ignored: {},
    arguments: ['required_version'],
    dynamic: false,
  },
  arguments: { where: '', blocks: [], ignored: {}, arguments: 'any', dynamic: false },
  variable: {
    where: 'in a variable block',
    blocks: ['validation'],
    ignored: {},
    arguments: ['default', 'description', 'sensitive', 'type'],
    dynamic: false,
  },
  validation: {
    where: 'in a validation block',
    blocks: [],
    ignored: {},
    arguments: ['condition', 'error_message'],
    dynamic: false,
  },
  local: { where: 'in a local block', blocks: [], ignored: {}, arguments: ['expression', 'sensitive'], dynamic: false },
  build: {
    where: 'in a build block',
    blocks: hcl2Facts.buildChildren.filter((b) => b !== 'from'),
    ignored: { from: 'name the sources to build in "sources = [...]" or in source blocks instead' },
    arguments: hcl2Facts.buildAttributes,
    dynamic: true,
  },
  'post-processors': {
    where: 'in a post-processors block',
    blocks: ['post-processor'],
    ignored: {},
    arguments: [],
    dynamic: true,
  },
};

/** The body of a block of this type, when it is Packer's to check (a plugin reads the others). */
const bodyShape: Readonly<Record<string, ShapeId>> = {
  packer: 'packer',
  required_plugins: 'arguments',
  variable: 'variable',
  validation: 'validation',
  variables: 'arguments',
  locals: 'arguments',
  local: 'local',
  build: 'build',
  'post-processors': 'post-processors',
};

/** Where a block type that stands in the wrong place belongs; also the JSON template's words for them. */
const belongs: Readonly<Record<string, string>> = {
  source: 'at the top level of a configuration file (and in a build block, to build it)',
  data: 'at the top level of a configuration file',
  variable: 'at the top level of a configuration file',
  variables: 'at the top level of a configuration file',
  locals: 'at the top level of a configuration file',
  local: 'at the top level of a configuration file',
  packer: 'at the top level of a configuration file',
  build: 'at the top level of a configuration file',
  hcp_packer_registry: 'at the top level of a configuration file, or in a build block',
  provisioner: 'in a build block',
  'error-cleanup-provisioner': 'in a build block',
  'post-processor': 'in a build block, or in a post-processors block there',
  'post-processors': 'in a build block',
  required_plugins: 'in the packer block',
  validation: 'in a variable block',
};

const jsonHabits: Readonly<Record<string, string>> = {
  builders: 'in HCL2 each builder is a source block, `source "TYPE" "NAME" { ... }`, that a build block names',
  builder: 'in HCL2 each builder is a source block, `source "TYPE" "NAME" { ... }`, that a build block names',
  provisioners: 'in HCL2 each provisioner is a provisioner block in a build block',
  post_processors: 'in HCL2 post-processors are post-processor blocks in a build block',
};

export const unknownBlockType: Rule = {
  meta: {
    id: 'unknown-block-type',
    description: 'A block (or argument) that Packer does not expect where it stands in an HCL2 file.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    const file = context.document.hcl?.file;
    if (file?.role !== 'config') return;
    checkBody(context, file.body, shapes.file);
  },
};

function checkBody(context: RuleContext, body: Body, shape: Shape): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      checkArgument(context, item, shape, body);
      continue;
    }
    if (item.type === 'dynamic' && shape.dynamic) {
      checkDynamic(context, item, shape);
      continue;
    }
    const ignored = shape.ignored[item.type];
    if (Object.prototype.hasOwnProperty.call(shape.ignored, item.type) && ignored !== undefined) {
      context.report({
        range: item.typeRange,
        severity: 'warning',
        message: `Packer accepts a "${item.type}" block ${shape.where} but does nothing with it: ${ignored}.`,
      });
      continue;
    }
    if (!shape.blocks.includes(item.type)) {
      if (shape.arguments === 'any') reportBlockInArguments(context, body, item, shape);
      else reportBlock(context, item, item.type, item.typeRange, shape);
      continue;
    }
    const inner = Object.prototype.hasOwnProperty.call(bodyShape, item.type) ? bodyShape[item.type] : undefined;
    if (inner !== undefined) {
      const innerShape = shapes[inner];
      checkBody(
        context,
        item.body,
        inner === 'arguments' ? { ...innerShape, where: `in a ${item.type} block` } : innerShape,
      );
    }
  }
}

/** `dynamic "provisioner" { ... }` generates blocks of the type its label names. */
function checkDynamic(context: RuleContext, block: Block, shape: Shape): void {
  const label = block.labels[0];
  if (label === undefined || shape.blocks.includes(label.value)) return;
  reportBlock(context, block, label.value, label.range, shape, label.quoted);
}

function reportBlock(
  context: RuleContext,
  block: Block,
  type: string,
  range: { start: number; end: number },
  shape: Shape,
  quoted = false,
): void {
  const habit = Object.prototype.hasOwnProperty.call(jsonHabits, type) ? jsonHabits[type] : undefined;
  const place = Object.prototype.hasOwnProperty.call(belongs, type) ? belongs[type] : undefined;
  const suggestion = habit === undefined && place === undefined ? didYouMean(type, shape.blocks) : undefined;
  const dynamic =
    type === 'dynamic' ? 'Packer expands dynamic blocks only in build blocks and in the blocks of plugins.' : undefined;
  const expected =
    shape.blocks.length > 0 ? `Blocks expected here: ${shape.blocks.join(', ')}.` : 'No blocks are expected here.';
  const advice =
    habit !== undefined
      ? `${capitalize(habit)}.`
      : place !== undefined
        ? `A ${type} block belongs ${place}.`
        : suggestion !== undefined
          ? `Did you mean "${suggestion}"?`
          : (dynamic ?? expected);
  const what = block.type === 'dynamic' && type !== 'dynamic' ? `A dynamic "${type}" block` : `A "${type}" block`;
  context.report({
    range,
    message: `${what} is not expected ${shape.where}: Packer rejects the configuration. ${advice}`,
    ...(suggestion !== undefined && {
      fixes: [
        {
          title: `Rename to "${suggestion}"`,
          isPreferred: true,
          edits: [{ range, newText: quoted ? `"${suggestion}"` : suggestion }],
        },
      ],
    }),
  });
}

/** In `locals`, `variables` and `required_plugins` every entry is an argument: `name = value`. */
function reportBlockInArguments(context: RuleContext, body: Body, block: Block, shape: Shape): void {
  const sameType = body.items.filter((i) => i.kind === 'block' && i.type === block.type).length;
  const edits = blockAsArgument(block, sameType);
  context.report({
    range: block.typeRange,
    message: `Blocks are not allowed ${shape.where}: each entry is an argument. Write it as \`${block.type} = { ... }\`.`,
    ...fix(`Write "${block.type}" as an argument`, edits),
  });
}

function checkArgument(context: RuleContext, attribute: Attribute, shape: Shape, body: Body): void {
  if (shape.arguments === 'any' || shape.arguments.includes(attribute.name)) return;
  const name = attribute.name;
  const value = attribute.expression;
  const objects = value.kind === 'object' || (value.kind === 'tuple' && value.items.every((i) => i.kind === 'object'));
  if (shape.blocks.includes(name) && objects) {
    const labelled = name === 'variable' || name === 'local' || name === 'source' || name === 'data';
    context.report({
      range: attribute.nameRange,
      message: `"${name}" is a block: write it without "=", as \`${name} ${labelled ? '"..." ' : ''}{ ... }\`. Packer rejects it as an argument ("An argument named "${name}" is not expected here").`,
      ...(!labelled && fix(`Write "${name}" as a block`, attributeToBlock(context.document.text, attribute))),
    });
    return;
  }
  // An argument already set is no suggestion: renaming to it would set it twice.
  const set = new Set(body.items.filter((i) => i.kind === 'attribute').map((i) => i.name));
  const suggestion = didYouMean(
    name,
    shape.arguments.filter((a) => !set.has(a)),
  );
  // No rename of a name the parser had to guess an argument from (`source "x" {` with a stray
  // quote, read as `source = ...`): it would leave the same syntax error under another name.
  const guessed = (context.document.hcl?.file.diagnostics ?? []).some(
    (d) =>
      d.severity === 'error' && d.range.start <= attribute.nameRange.end && attribute.nameRange.start <= d.range.end,
  );
  const habit = Object.prototype.hasOwnProperty.call(jsonHabits, name) ? jsonHabits[name] : undefined;
  const hint =
    suggestion !== undefined
      ? ` Did you mean "${suggestion}"?`
      : habit !== undefined
        ? ` ${capitalize(habit)}.`
        : shape === shapes.file
          ? ' To set a variable, assign it in a *.pkrvars.hcl file; to name a value, define it in a locals block.'
          : shape.arguments.length > 0
            ? ` Arguments expected here: ${shape.arguments.join(', ')}.`
            : '';
  context.report({
    range: attribute.nameRange,
    message: `An argument named "${name}" is not expected ${shape.where}: Packer rejects the configuration.${hint}`,
    ...(suggestion !== undefined &&
      !guessed &&
      fix(`Rename to "${suggestion}"`, [{ range: attribute.nameRange, newText: suggestion }])),
  });
}

function fix(title: string, edits: TextReplacement[] | undefined): { fixes?: Fix[] } {
  return edits === undefined ? {} : { fixes: [{ title, isPreferred: true, edits }] };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
