/**
 * Packer's own HCL2 structure, described once for every feature: which blocks and arguments may be
 * written in which body (the top level of a file, `build`, `variable`, `packer`, a `dynamic` block
 * in a component...), how each is written, one or two sentences on what it is for, its docs page,
 * and the snippet completion inserts. Completion offers these entries; hover explains them.
 * (Facts: `hcl2.top_level_blocks` of the shared Packer facts.)
 */

export interface HclStructureEntry {
  readonly name: string;
  readonly kind: 'block' | 'argument';
  /** How it is written, for hover's first line and completion's detail. */
  readonly syntax: string;
  readonly summary: string;
  readonly docs: string;
  /** The text completion inserts, with `$1`-style tab stops. */
  readonly snippet: string;
  /** May be written more than once in the same body. */
  readonly repeatable: boolean;
  /** How many labels a block takes (HCL's JSON syntax reads one object level per label). */
  readonly labels: number;
  /** Explained by hover but not offered by completion (accepted by Packer's schema, rejected when decoded). */
  readonly hidden?: boolean;
}

/** The bodies this table describes: `''` is the top level of a file, `dynamic` the body of any dynamic block. */
export type HclBody =
  | ''
  | 'build'
  | 'variable'
  | 'validation'
  | 'packer'
  | 'required_plugins'
  | 'local'
  | 'hcp_packer_registry'
  | 'post-processors'
  | 'dynamic';

const TEMPLATES = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates';
const BLOCKS = `${TEMPLATES}/blocks`;
const DYNAMIC_DOCS = `${TEMPLATES}/expressions#dynamic-blocks`;

interface BlockOptions {
  labels?: number;
  repeatable?: boolean;
  hidden?: boolean;
}

function block(
  name: string,
  syntax: string,
  summary: string,
  docs: string,
  snippet: string,
  options: BlockOptions = {},
): HclStructureEntry {
  const { labels = 0, repeatable = true, hidden } = options;
  return { name, kind: 'block', syntax, summary, docs, snippet, repeatable, labels, ...(hidden && { hidden }) };
}

function argument(name: string, snippet: string, summary: string, docs: string, hidden?: boolean): HclStructureEntry {
  // The snippet without its tab stops reads as the syntax: `sensitive = true`.
  const syntax = snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '...');
  return {
    name,
    kind: 'argument',
    syntax,
    summary,
    docs,
    snippet,
    repeatable: false,
    labels: 0,
    ...(hidden && { hidden }),
  };
}

const registry = block(
  'hcp_packer_registry',
  'hcp_packer_registry { bucket_name = ... }',
  'Publishes the build’s metadata to an HCP Packer registry bucket; written inside a `build` block.',
  `${BLOCKS}/build/hcp_packer_registry`,
  'hcp_packer_registry {\n  $0\n}',
  { repeatable: false },
);

const topLevel: readonly HclStructureEntry[] = [
  block(
    'source',
    'source "TYPE" "NAME" { ... }',
    'Declares a builder configuration, reusable by builds as `source.TYPE.NAME`. The first label picks the builder, the second names this configuration.',
    `${BLOCKS}/source`,
    'source "$1" "${2:name}" {\n  $0\n}',
    { labels: 2 },
  ),
  block(
    'build',
    'build { sources = [...] ... }',
    'Says what to build: the sources to start from, then the provisioners to run on each and the post-processors to apply to the results.',
    `${BLOCKS}/build`,
    'build {\n  sources = [$1]\n  $0\n}',
  ),
  block(
    'variable',
    'variable "NAME" { type = ..., default = ... }',
    'Declares an input variable, read as `var.NAME`. Without a default, a value must come from a variable file, `-var` or `PKR_VAR_NAME`.',
    `${BLOCKS}/variable`,
    'variable "${1:name}" {\n  type    = ${2:string}\n  $0\n}',
    { labels: 1 },
  ),
  block(
    'locals',
    'locals { NAME = expression }',
    'Names expressions computed once and reused as `local.NAME`; they cannot be set from outside.',
    `${BLOCKS}/locals`,
    'locals {\n  $0\n}',
  ),
  block(
    'local',
    'local "NAME" { expression = ... }',
    'Declares one local value, read as `local.NAME`; can be marked sensitive.',
    `${BLOCKS}/locals`,
    'local "${1:name}" {\n  expression = $0\n}',
    { labels: 1 },
  ),
  block(
    'data',
    'data "TYPE" "NAME" { ... }',
    'Fetches information before the build starts (an image id, a secret...), read as `data.TYPE.NAME.ATTRIBUTE`.',
    `${BLOCKS}/data`,
    'data "$1" "${2:name}" {\n  $0\n}',
    { labels: 2 },
  ),
  block(
    'packer',
    'packer { required_version = ..., required_plugins { ... } }',
    'Settings of Packer itself: the versions of Packer this configuration works with, and the plugins it needs.',
    `${BLOCKS}/packer`,
    'packer {\n  $0\n}',
  ),
  block(
    'variables',
    'variables { NAME = default }',
    'Declares several input variables at once, each with its default value.',
    `${BLOCKS}/variable`,
    'variables {\n  $0\n}',
  ),
  // Packer's schema accepts it at the top, but it belongs inside `build`.
  { ...registry, hidden: true },
];

const insideBuild: readonly HclStructureEntry[] = [
  argument(
    'name',
    'name = "$1"',
    'The build’s name, which `-only` and `-except` match and `build.name` reads.',
    `${BLOCKS}/build`,
  ),
  argument('description', 'description = "$1"', 'What this build makes, for humans.', `${BLOCKS}/build`),
  argument('sources', 'sources = [$1]', 'The sources to build, as `"source.TYPE.NAME"` strings.', `${BLOCKS}/build`),
  block(
    'source',
    'source "source.TYPE.NAME" { ... }',
    'Uses a declared source in this build, and sets or overrides some of its settings here (a `name` among them).',
    `${BLOCKS}/build/source`,
    'source "$1" {\n  $0\n}',
    { labels: 1 },
  ),
  block(
    'provisioner',
    'provisioner "TYPE" { ... }',
    'Runs on the machine of each source once it is up, in the order written (installs, copies files...).',
    `${BLOCKS}/build/provisioner`,
    'provisioner "$1" {\n  $0\n}',
    { labels: 1 },
  ),
  block(
    'post-processor',
    'post-processor "TYPE" { ... }',
    'Processes the artifact a source produced (compress, upload, tag, write a manifest...).',
    `${BLOCKS}/build/post-processor`,
    'post-processor "$1" {\n  $0\n}',
    { labels: 1 },
  ),
  block(
    'post-processors',
    'post-processors { post-processor "TYPE" { ... } ... }',
    'A chain: each post-processor inside gets the artifact of the one before it.',
    `${BLOCKS}/build/post-processors`,
    'post-processors {\n  post-processor "$1" {\n    $0\n  }\n}',
  ),
  block(
    'error-cleanup-provisioner',
    'error-cleanup-provisioner "TYPE" { ... }',
    'Runs only when a provisioner has failed, before the machine is torn down (to collect logs...).',
    `${BLOCKS}/build/provisioner`,
    'error-cleanup-provisioner "$1" {\n  $0\n}',
    { labels: 1, repeatable: false },
  ),
  registry,
];

const VARIABLE_DOCS = `${BLOCKS}/variable`;

const insideVariable: readonly HclStructureEntry[] = [
  argument(
    'type',
    'type = ${1:string}',
    'The type values must have (`string`, `number`, `bool`, `list(string)`, `map(string)`, `object({...})`...).',
    VARIABLE_DOCS,
  ),
  argument(
    'default',
    'default = $1',
    'The value used when nothing else sets the variable. Without it, the variable must be set.',
    VARIABLE_DOCS,
  ),
  argument('description', 'description = "$1"', 'What the variable is for, shown by `packer inspect`.', VARIABLE_DOCS),
  argument(
    'sensitive',
    'sensitive = ${1|true,false|}',
    'When true, Packer hides the value in its output and logs.',
    VARIABLE_DOCS,
  ),
  argument('nullable', 'nullable = ${1|true,false|}', 'Whether `null` is an accepted value.', VARIABLE_DOCS, true),
  block(
    'validation',
    'validation { condition = ..., error_message = ... }',
    'A check of the variable’s value: when `condition` is false, Packer stops with `error_message`.',
    VARIABLE_DOCS,
    'validation {\n  condition     = $1\n  error_message = "$2"\n}',
  ),
];

const insideValidation: readonly HclStructureEntry[] = [
  argument(
    'condition',
    'condition = $1',
    'An expression that must be true for the value to be accepted; it may only refer to this variable.',
    VARIABLE_DOCS,
  ),
  argument('error_message', 'error_message = "$1"', 'The message shown when the condition is false.', VARIABLE_DOCS),
];

const insidePacker: readonly HclStructureEntry[] = [
  argument(
    'required_version',
    'required_version = "${1:>= 1.7.0}"',
    'A version constraint (`>= 1.7.0`): other Packer versions refuse to run this configuration.',
    `${BLOCKS}/packer`,
  ),
  block(
    'required_plugins',
    'required_plugins { NAME = { version = ..., source = ... } }',
    'The plugins this configuration needs, with where to get them; `packer init` installs them.',
    `${BLOCKS}/packer`,
    'required_plugins {\n  $0\n}',
    { repeatable: false },
  ),
];

const insideLocal: readonly HclStructureEntry[] = [
  argument('expression', 'expression = $1', 'The value of the local.', `${BLOCKS}/locals`),
  argument(
    'sensitive',
    'sensitive = ${1|true,false|}',
    'When true, Packer hides the value in its output and logs.',
    `${BLOCKS}/locals`,
  ),
];

const REGISTRY_DOCS = `${BLOCKS}/build/hcp_packer_registry`;

const insideRegistry: readonly HclStructureEntry[] = [
  argument('bucket_name', 'bucket_name = "$1"', 'The HCP Packer bucket the build is published to.', REGISTRY_DOCS),
  argument('description', 'description = "$1"', 'A description of the bucket.', REGISTRY_DOCS),
  argument('bucket_labels', 'bucket_labels = {\n  $1\n}', 'Labels of the bucket.', REGISTRY_DOCS),
  argument('build_labels', 'build_labels = {\n  $1\n}', 'Labels of this build.', REGISTRY_DOCS),
];

const insidePostProcessors: readonly HclStructureEntry[] = insideBuild.filter((e) => e.name === 'post-processor');

/** The body of `dynamic "BLOCK" { ... }`, in any component. */
const insideDynamic: readonly HclStructureEntry[] = [
  argument(
    'for_each',
    'for_each = $1',
    'The list, set or map to go through: one block is written per element.',
    DYNAMIC_DOCS,
  ),
  argument(
    'iterator',
    'iterator = ${1:name}',
    'The name the current element is read by in `content` (`NAME.key`, `NAME.value`); the block’s own name when unset.',
    DYNAMIC_DOCS,
  ),
  argument('labels', 'labels = [$1]', 'The labels of each block written, for blocks that take labels.', DYNAMIC_DOCS),
  block(
    'content',
    'content { ... }',
    'The body of each block a `dynamic` block writes; the element is read through the iterator.',
    DYNAMIC_DOCS,
    'content {\n  $0\n}',
    { repeatable: false },
  ),
];

const dynamicBlock = block(
  'dynamic',
  'dynamic "BLOCK" { for_each = ..., content { ... } }',
  'Writes one `BLOCK` block per element of `for_each`, each from the `content` block.',
  DYNAMIC_DOCS,
  'dynamic "$1" {\n  for_each = $2\n  content {\n    $0\n  }\n}',
  { labels: 1 },
);

const BODIES: Readonly<Record<HclBody, readonly HclStructureEntry[]>> = {
  '': topLevel,
  build: insideBuild,
  variable: insideVariable,
  validation: insideValidation,
  packer: insidePacker,
  required_plugins: [],
  local: insideLocal,
  hcp_packer_registry: insideRegistry,
  'post-processors': insidePostProcessors,
  dynamic: insideDynamic,
};

export function isHclBody(name: string): name is HclBody {
  return Object.prototype.hasOwnProperty.call(BODIES, name);
}

/** What may be written in `body`, hidden entries included. */
export function hclBodyEntries(body: HclBody): readonly HclStructureEntry[] {
  return BODIES[body];
}

/** One entry of a body by name (a block or an argument). */
export function hclBodyEntry(body: HclBody, name: string): HclStructureEntry | undefined {
  return BODIES[body].find((e) => e.name === name);
}

/**
 * The block `type` written in the body of a block of type `parent` (undefined at the top). Inside a
 * component, `dynamic` and its `content` may stand anywhere.
 */
export function hclBlock(type: string, parent: string | undefined): HclStructureEntry | undefined {
  const body = parent ?? '';
  const own = isHclBody(body) ? hclBodyEntry(body, type) : undefined;
  if (own?.kind === 'block') return own;
  if (parent === undefined) return undefined;
  if (type === 'dynamic') return dynamicBlock;
  return type === 'content' ? hclBodyEntry('dynamic', 'content') : undefined;
}

/** The `dynamic` block, offered among the nested blocks of a component. */
export const DYNAMIC_BLOCK = dynamicBlock;

/** Values for `type =` in a variable block. */
export const VARIABLE_TYPES = ['string', 'number', 'bool', 'list(string)', 'map(string)', 'set(string)', 'any'];
