/**
 * What Packer's own words mean, for hover: HCL2 block keywords, the attributes of blocks that are
 * not components (`variable`, `build`, `packer`), the top-level keys of legacy JSON templates, the
 * meta settings every provisioner and post-processor accepts, and the names a reference can start
 * with. Links point at Packer's documentation pages.
 */

import { buildVariable } from '../../packer/functions';
import { hclBlock, hclBodyEntry, isHclBody } from '../../packer/hclBlocks';

export interface KeywordText {
  /** How it is written, for the hover's first line. */
  syntax: string;
  summary: string;
  docs: string;
}

const LEGACY = 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates';

/**
 * The text of a block type, given the type of the block around it (undefined at the top). Packer's
 * own blocks are described once, in packer/hclBlocks, for completion and hover alike.
 */
export function blockKeyword(type: string, parentType: string | undefined): KeywordText | undefined {
  return hclBlock(type, parentType);
}

/** An argument of one of Packer's own blocks (`variable`, `build`, `packer`, `dynamic`...). */
export function blockAttribute(blockType: string, name: string): string | undefined {
  const entry = isHclBody(blockType) ? hclBodyEntry(blockType, name) : undefined;
  return entry?.kind === 'argument' ? entry.summary : undefined;
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
export function buildField(name: string): string | undefined {
  return buildVariable(name)?.summary;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
