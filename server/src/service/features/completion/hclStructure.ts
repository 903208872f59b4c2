/**
 * The blocks and arguments of Packer's own HCL2 structure (facts: `hcl2.top_level_blocks`): what
 * may be written at the top level of a file and inside `build`, `variable`, `packer` and the like,
 * each with the snippet that writes it and a line saying what it is for.
 */

export interface StructureEntry {
  name: string;
  snippet: string;
  detail: string;
  /** A block (else an argument). */
  block: boolean;
  /** May be written more than once in the same body. */
  repeatable: boolean;
}

const DOCS = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/blocks';

const block = (name: string, snippet: string, detail: string, repeatable = true): StructureEntry => ({
  name,
  snippet,
  detail,
  block: true,
  repeatable,
});
const argument = (name: string, snippet: string, detail: string): StructureEntry => ({
  name,
  snippet,
  detail,
  block: false,
  repeatable: false,
});

/** `communicator` and a top-level `hcp_packer_registry` are in Packer's schema but rejected: not offered. */
const topLevel: StructureEntry[] = [
  block('source', 'source "$1" "${2:name}" {\n  $0\n}', 'A builder configuration, used by build blocks'),
  block('build', 'build {\n  sources = [$1]\n  $0\n}', 'Which sources to build, and the provisioners to run on them'),
  block('variable', 'variable "${1:name}" {\n  type    = ${2:string}\n  $0\n}', 'An input variable'),
  block('locals', 'locals {\n  $0\n}', 'Named expressions computed once, used as local.<name>'),
  block('local', 'local "${1:name}" {\n  expression = $0\n}', 'One named expression, possibly sensitive'),
  block('data', 'data "$1" "${2:name}" {\n  $0\n}', 'A data source, read before the builds start'),
  block('packer', 'packer {\n  $0\n}', 'Requirements on Packer itself and on plugins'),
  block('variables', 'variables {\n  $0\n}', 'Several input variables as name = default (older form)'),
];

const insideBuild: StructureEntry[] = [
  argument('name', 'name = "$1"', 'The build name, shown in the output and used by -only/-except'),
  argument('description', 'description = "$1"', 'A description of the build'),
  argument('sources', 'sources = [$1]', 'The sources to build: "source.<type>.<name>"'),
  block('source', 'source "$1" {\n  $0\n}', 'Builds a source, with settings added or overridden'),
  block('provisioner', 'provisioner "$1" {\n  $0\n}', 'A step that configures the machine'),
  block('post-processor', 'post-processor "$1" {\n  $0\n}', 'A step run on the artifact once it is built'),
  block(
    'post-processors',
    'post-processors {\n  post-processor "$1" {\n    $0\n  }\n}',
    'A chain of post-processors, each given the previous one\u2019s artifact',
  ),
  block(
    'error-cleanup-provisioner',
    'error-cleanup-provisioner "$1" {\n  $0\n}',
    'Runs only when a provisioner failed, before the machine is torn down',
    false,
  ),
  block(
    'hcp_packer_registry',
    'hcp_packer_registry {\n  $0\n}',
    'Publishes the build\u2019s metadata to HCP Packer',
    false,
  ),
];

const insideVariable: StructureEntry[] = [
  argument('type', 'type = ${1:string}', 'The type of the value: string, number, bool, list(string), map(string)...'),
  argument('default', 'default = $1', 'The value used when none is given'),
  argument('description', 'description = "$1"', 'What the variable is for'),
  argument('sensitive', 'sensitive = ${1|true,false|}', 'Hides the value in Packer\u2019s output'),
  block('validation', 'validation {\n  condition     = $1\n  error_message = "$2"\n}', 'A rule the value must follow'),
];

const insideValidation: StructureEntry[] = [
  argument('condition', 'condition = $1', 'An expression on var.<name> that must be true'),
  argument('error_message', 'error_message = "$1"', 'Shown when the condition is false'),
];

const insidePacker: StructureEntry[] = [
  argument('required_version', 'required_version = "${1:>= 1.7.0}"', 'The Packer versions this configuration accepts'),
  block('required_plugins', 'required_plugins {\n  $0\n}', 'The plugins to install with packer init', false),
];

const insideRequiredPlugins: StructureEntry[] = [
  argument(
    'plugin',
    '${1:amazon} = {\n  version = "${2:>= 1.0.0}"\n  source  = "github.com/hashicorp/${1}"\n}',
    'A plugin requirement: version constraint and source address',
  ),
];

const insideLocal: StructureEntry[] = [
  argument('expression', 'expression = $1', 'The value of the local'),
  argument('sensitive', 'sensitive = ${1|true,false|}', 'Hides the value in Packer\u2019s output'),
];

const insideRegistry: StructureEntry[] = [
  argument('bucket_name', 'bucket_name = "$1"', 'The HCP Packer bucket the build is published to'),
  argument('description', 'description = "$1"', 'A description of the bucket'),
  argument('bucket_labels', 'bucket_labels = {\n  $1\n}', 'Labels of the bucket'),
  argument('build_labels', 'build_labels = {\n  $1\n}', 'Labels of this build'),
];

const insidePostProcessors: StructureEntry[] = [
  block('post-processor', 'post-processor "$1" {\n  $0\n}', 'A post-processor in the chain'),
];

/** The structural block names whose bodies this table describes. */
export const STRUCTURE: Readonly<Record<string, readonly StructureEntry[]>> = {
  '': topLevel,
  build: insideBuild,
  variable: insideVariable,
  validation: insideValidation,
  packer: insidePacker,
  required_plugins: insideRequiredPlugins,
  local: insideLocal,
  hcp_packer_registry: insideRegistry,
  'post-processors': insidePostProcessors,
};

export const STRUCTURE_DOCS = DOCS;

/** Values for `type =` in a variable block. */
export const VARIABLE_TYPES = ['string', 'number', 'bool', 'list(string)', 'map(string)', 'set(string)', 'any'];
