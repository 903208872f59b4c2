/**
 * What Packer's own words mean, for hover: HCL2 block keywords, the attributes of blocks that are
 * not components (`variable`, `build`, `packer`), the top-level keys of legacy JSON templates, the
 * meta settings every provisioner and post-processor accepts, and the names a reference can start
 * with. Links point at Packer's documentation pages.
 */

export interface KeywordText {
  /** How it is written, for the hover's first line. */
  syntax: string;
  summary: string;
  docs: string;
}

const DOCS = 'https://developer.hashicorp.com/packer/docs/templates';
const HCL_BLOCKS = `${DOCS}/hcl_templates/blocks`;
const LEGACY = `${DOCS}/legacy_json_templates`;

/** Blocks at the top of a `*.pkr.hcl` file. */
const topLevelBlocks: Readonly<Record<string, KeywordText>> = {
  source: {
    syntax: 'source "TYPE" "NAME" { ... }',
    summary:
      'Declares a builder configuration, reusable by builds as `source.TYPE.NAME`. The first label picks the builder, the second names this configuration.',
    docs: `${HCL_BLOCKS}/source`,
  },
  build: {
    syntax: 'build { sources = [...] ... }',
    summary:
      'Says what to build: the sources to start from, then the provisioners to run on each and the post-processors to apply to the results.',
    docs: `${HCL_BLOCKS}/build`,
  },
  variable: {
    syntax: 'variable "NAME" { type = ..., default = ... }',
    summary:
      'Declares an input variable, read as `var.NAME`. Without a default, a value must come from a variable file, `-var` or `PKR_VAR_NAME`.',
    docs: `${HCL_BLOCKS}/variable`,
  },
  variables: {
    syntax: 'variables { NAME = default }',
    summary: 'Declares several input variables at once, each with its default value.',
    docs: `${HCL_BLOCKS}/variable`,
  },
  locals: {
    syntax: 'locals { NAME = expression }',
    summary: 'Names expressions computed once and reused as `local.NAME`; they cannot be set from outside.',
    docs: `${HCL_BLOCKS}/locals`,
  },
  local: {
    syntax: 'local "NAME" { expression = ... }',
    summary: 'Declares one local value, read as `local.NAME`; can be marked sensitive.',
    docs: `${HCL_BLOCKS}/locals`,
  },
  data: {
    syntax: 'data "TYPE" "NAME" { ... }',
    summary:
      'Fetches information before the build starts (an image id, a secret...), read as `data.TYPE.NAME.ATTRIBUTE`.',
    docs: `${HCL_BLOCKS}/data`,
  },
  packer: {
    syntax: 'packer { required_version = ..., required_plugins { ... } }',
    summary:
      'Settings of Packer itself: the versions of Packer this configuration works with, and the plugins it needs.',
    docs: `${HCL_BLOCKS}/packer`,
  },
  hcp_packer_registry: {
    syntax: 'hcp_packer_registry { bucket_name = ... }',
    summary: 'Publishes the build’s metadata to an HCP Packer registry bucket; written inside a `build` block.',
    docs: `${HCL_BLOCKS}/build/hcp_packer_registry`,
  },
};

/** Blocks inside other non-component blocks. */
const nestedBlocks: Readonly<Record<string, Readonly<Record<string, KeywordText>>>> = {
  build: {
    source: {
      syntax: 'source "source.TYPE.NAME" { ... }',
      summary:
        'Uses a declared source in this build, and sets or overrides some of its settings here (a `name` among them).',
      docs: `${HCL_BLOCKS}/build/source`,
    },
    provisioner: {
      syntax: 'provisioner "TYPE" { ... }',
      summary: 'Runs on the machine of each source once it is up, in the order written (installs, copies files...).',
      docs: `${HCL_BLOCKS}/build/provisioner`,
    },
    'error-cleanup-provisioner': {
      syntax: 'error-cleanup-provisioner "TYPE" { ... }',
      summary: 'Runs only when a provisioner has failed, before the machine is torn down (to collect logs...).',
      docs: `${HCL_BLOCKS}/build/provisioner`,
    },
    'post-processor': {
      syntax: 'post-processor "TYPE" { ... }',
      summary: 'Processes the artifact a source produced (compress, upload, tag, write a manifest...).',
      docs: `${HCL_BLOCKS}/build/post-processor`,
    },
    'post-processors': {
      syntax: 'post-processors { post-processor "TYPE" { ... } ... }',
      summary: 'A chain: each post-processor inside gets the artifact of the one before it.',
      docs: `${HCL_BLOCKS}/build/post-processors`,
    },
    hcp_packer_registry: topLevelBlocks.hcp_packer_registry as KeywordText,
  },
  variable: {
    validation: {
      syntax: 'validation { condition = ..., error_message = ... }',
      summary: 'A check of the variable’s value: when `condition` is false, Packer stops with `error_message`.',
      docs: `${HCL_BLOCKS}/variable`,
    },
  },
  packer: {
    required_plugins: {
      syntax: 'required_plugins { NAME = { version = ..., source = ... } }',
      summary: 'The plugins this configuration needs, with where to get them; `packer init` installs them.',
      docs: `${HCL_BLOCKS}/packer`,
    },
  },
};

/** Blocks that shape other blocks anywhere in a component. */
const dynamicBlocks: Readonly<Record<string, KeywordText>> = {
  dynamic: {
    syntax: 'dynamic "BLOCK" { for_each = ..., content { ... } }',
    summary: 'Writes one `BLOCK` block per element of `for_each`, each from the `content` block.',
    docs: `${DOCS}/hcl_templates/expressions#dynamic-blocks`,
  },
  content: {
    syntax: 'content { ... }',
    summary: 'The body of each block a `dynamic` block writes; the element is read through the iterator.',
    docs: `${DOCS}/hcl_templates/expressions#dynamic-blocks`,
  },
};

/** The keyword text of a block type, given the type of the block around it (undefined at the top). */
export function blockKeyword(type: string, parentType: string | undefined): KeywordText | undefined {
  if (parentType === undefined) return own(topLevelBlocks, type);
  return own(nestedBlocks[parentType] ?? {}, type) ?? own(dynamicBlocks, type);
}

/** Attributes of the non-component blocks. */
const blockAttributes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  variable: {
    type: 'The type values must have (`string`, `number`, `bool`, `list(string)`, `map(string)`, `object({...})`...).',
    default: 'The value used when nothing else sets the variable. Without it, the variable must be set.',
    description: 'What the variable is for, shown by `packer inspect`.',
    sensitive: 'When true, Packer hides the value in its output and logs.',
    nullable: 'Whether `null` is an accepted value.',
  },
  validation: {
    condition: 'An expression that must be true for the value to be accepted; it may only refer to this variable.',
    error_message: 'The message shown when the condition is false.',
  },
  build: {
    name: 'The build’s name, which `-only` and `-except` match and `build.name` reads.',
    description: 'What this build makes, for humans.',
    sources: 'The sources to build, as `"source.TYPE.NAME"` strings.',
  },
  local: {
    expression: 'The value of the local.',
    sensitive: 'When true, Packer hides the value in its output and logs.',
  },
  packer: {
    required_version: 'A version constraint (`>= 1.7.0`): other Packer versions refuse to run this configuration.',
  },
};

export function blockAttribute(blockType: string, name: string): string | undefined {
  return own(blockAttributes[blockType] ?? {}, name);
}

/** Top-level keys of a legacy JSON template. */
const templateKeys: Readonly<Record<string, KeywordText>> = {
  builders: {
    syntax: '"builders": [ { "type": ... } ]',
    summary: 'The machines to build: one object per builder, each with a `type`.',
    docs: `${LEGACY}/builders`,
  },
  provisioners: {
    syntax: '"provisioners": [ { "type": ... } ]',
    summary: 'What to run on each machine once it is up, in order.',
    docs: `${LEGACY}/provisioners`,
  },
  'post-processors': {
    syntax: '"post-processors": [ ... ]',
    summary: 'What to do with the artifacts: each item is a type name, an object, or a list (a chain).',
    docs: `${LEGACY}/post-processors`,
  },
  'error-cleanup-provisioner': {
    syntax: '"error-cleanup-provisioner": { "type": ... }',
    summary: 'A provisioner run only when another one has failed, before the machine is torn down.',
    docs: `${LEGACY}/provisioners`,
  },
  variables: {
    syntax: '"variables": { "NAME": "default" }',
    summary: 'User variables, read with `{{user `NAME`}}`. A `null` default makes a variable required.',
    docs: `${LEGACY}/user-variables`,
  },
  'sensitive-variables': {
    syntax: '"sensitive-variables": ["NAME"]',
    summary: 'Variables whose values Packer hides in its output and logs.',
    docs: `${LEGACY}/user-variables`,
  },
  description: {
    syntax: '"description": "..."',
    summary: 'What the template builds, shown by `packer inspect`.',
    docs: LEGACY,
  },
  min_packer_version: {
    syntax: '"min_packer_version": "1.5.0"',
    summary: 'Older Packer versions refuse to run this template.',
    docs: LEGACY,
  },
  push: {
    syntax: '"push": { ... }',
    summary: 'Settings of the retired Atlas push service; still read, no longer used.',
    docs: LEGACY,
  },
};

export function templateKey(key: string): KeywordText | undefined {
  return own(templateKeys, key);
}

/** Settings Packer itself reads on every provisioner or post-processor (and builder `name`). */
const metaSettings: Readonly<Record<string, string>> = {
  type: 'Which builder, provisioner or post-processor this is.',
  name: 'A name for this component; for builders, what `-only`, `-except` and `only`/`except` lists match (the type when unset).',
  only: 'Run only for the builds named here.',
  except: 'Run for every build except the ones named here.',
  override: 'Per-build settings that replace this provisioner’s own, keyed by build name.',
  pause_before: 'Wait this long before running (a duration like `10s`).',
  max_retries: 'Run again up to this many times when it fails.',
  timeout: 'Fail when running takes longer than this (a duration like `5m`).',
  keep_input_artifact: 'Keep the artifact this post-processor received instead of letting Packer delete it.',
  continue_on_error: 'Let the build go on when this provisioner fails (newer Packer versions).',
};

export function metaSetting(key: string): string | undefined {
  return own(metaSettings, key);
}

/** The first name of a reference (`var.`, `local.`, `build.`...). */
const referenceRoots: Readonly<Record<string, string>> = {
  var: 'An input variable declared with a `variable` block.',
  local: 'A local value declared in a `locals` or `local` block.',
  source:
    'A source block (`source.TYPE.NAME`); inside a build’s blocks, `source.name` and `source.type` describe the source being built.',
  data: 'The outputs of a data source (`data.TYPE.NAME.ATTRIBUTE`), known before the build starts.',
  build: 'Facts about the running build, for provisioners and post-processors (`build.ID`, `build.Host`...).',
  path: '`path.root` is the folder of the configuration; `path.cwd` the folder Packer was started in.',
  packer: '`packer.version` is the version of Packer running the build.',
  each: 'In a `dynamic` block without `iterator`: the current element (`each.key`, `each.value`).',
};

export function referenceRoot(root: string): string | undefined {
  return own(referenceRoots, root);
}

/** What `build.<field>` gives in provisioners and post-processors. */
const buildFields: Readonly<Record<string, string>> = {
  name: 'The name of the build (the `name` of the build block, or the source name).',
  ID: 'An identifier of the machine being built (such as an instance id).',
  Name: 'The name of the source being built.',
  Type: 'The type of the builder (`amazon-ebs`...).',
  PackerRunUUID: 'A unique id of this run of Packer.',
  ConnType: 'The communicator type used to reach the machine (`ssh`, `winrm`...).',
  Host: 'The address the communicator connects to.',
  Port: 'The port the communicator connects to.',
  User: 'The user the communicator logs in as.',
  Password: 'The password the communicator logs in with.',
  SSHPublicKey: 'The public key of the temporary SSH key pair.',
  SSHPrivateKey: 'The private key of the temporary SSH key pair.',
  SSHAgentAuth: 'Whether SSH authenticates through the local agent.',
  WinRMPassword: 'The password WinRM logs in with.',
  PackerHTTPAddr: 'Address of the HTTP server Packer starts to serve files to the machine (`http_directory`).',
  PackerHTTPIP: 'IP address of that HTTP server.',
  PackerHTTPPort: 'Port of that HTTP server.',
};

export function buildField(name: string): string | undefined {
  return own(buildFields, name);
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
