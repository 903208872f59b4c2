/**
 * The `{{ }}` functions of legacy JSON templates (Go text/template). Names and parameter types come
 * from packer-plugin-sdk's template/interpolate FuncGens and the builders' own function maps.
 * Go templates call them as `{{ name arg1 arg2 }}` or in a pipe, `{{ isotime | clean_resource_name }}`.
 */
import { param, rest } from './define';
import type { FunctionParameter, LegacyFunctionSignature } from './types';

export const LEGACY_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/engine';

interface Extras {
  readonly builders?: readonly string[];
  readonly onlyInVariables?: boolean;
  readonly deprecated?: string;
  readonly notInPacker166?: boolean;
}

function fn(
  name: string,
  parameters: readonly FunctionParameter[],
  summary: string,
  extras: Extras = {},
): LegacyFunctionSignature {
  // Every legacy function hands back a string: the template engine prints it into the setting.
  return { name, parameters, returns: 'string', summary, docs: LEGACY_DOCS, ...extras };
}

const str = param('s', 'string');
const NAME_CLEANERS = ['amazon-*', 'azure-*', 'googlecompute'];

export const legacyFunctions: readonly LegacyFunctionSignature[] = [
  fn(
    'aws_secretsmanager',
    [param('name', 'string'), rest('key', 'string')],
    'Reads a secret from AWS Secrets Manager: the given key of it, or its first value without one.',
    { onlyInVariables: true },
  ),
  fn(
    'aws_secretsmanager_raw',
    [param('name', 'string')],
    'Reads the whole value of a secret from AWS Secrets Manager, JSON included.',
    { onlyInVariables: true, notInPacker166: true },
  ),
  fn(
    'build',
    [param('name', 'string')],
    'Reads a value the builder shares once the machine is up (`ID`, `Host`, `Port`, `User`, `Password`, `PackerRunUUID`...), in provisioners and post-processors.',
  ),
  fn('build_name', [], 'Gives the name of the build being run.'),
  fn('build_type', [], 'Gives the type of the builder of the build being run.'),
  fn('clean_ami_name', [str], 'Former name of `clean_resource_name` for Amazon builders.', {
    builders: ['amazon-*'],
    deprecated: 'Use `clean_resource_name` (`packer fix` rewrites it).',
    notInPacker166: true,
  }),
  fn('clean_image_name', [str], 'Former name of `clean_resource_name` for Azure and Google Compute builders.', {
    builders: ['azure-*', 'googlecompute'],
    deprecated: 'Use `clean_resource_name` (`packer fix` rewrites it).',
  }),
  fn(
    'clean_resource_name',
    [str],
    'Replaces the characters the cloud does not allow in image names, usually after `isotime` in a pipe.',
    { builders: NAME_CLEANERS },
  ),
  fn('consul_key', [param('key', 'string')], 'Reads the value stored under a key in the Consul key/value store.', {
    onlyInVariables: true,
  }),
  fn('env', [param('name', 'string')], 'Reads an environment variable; only a variable default may use it.', {
    onlyInVariables: true,
  }),
  fn(
    'isotime',
    [rest('format', 'string')],
    'Formats the start time of the run (UTC) with an optional Go reference-time layout; RFC 3339 by default.',
  ),
  fn('lower', [str], 'Turns every letter of the string into lower case.'),
  fn('packer_version', [], 'Gives the version of the running Packer.'),
  fn('pwd', [], 'Gives the working directory of the Packer process.'),
  fn(
    'replace',
    [param('old', 'string'), param('new', 'string'), param('n', 'int'), str],
    'Substitutes the first n occurrences of old with new in the last argument (all of them when n is negative).',
  ),
  fn(
    'replace_all',
    [param('old', 'string'), param('new', 'string'), str],
    'Substitutes every occurrence of old with new in the last argument.',
  ),
  fn('sed', [param('expression', 'string'), param('input', 'string')], 'Removed: it only fails now.', {
    deprecated: 'Use `replace` or `replace_all`.',
  }),
  fn(
    'split',
    [str, param('separator', 'string'), param('index', 'int')],
    'Cuts a string at each separator and returns the piece at the given zero-based index.',
  ),
  fn('strftime', [param('format', 'string')], 'Formats the start time of the run (UTC) with C strftime directives.'),
  fn('template_dir', [], 'Gives the directory that holds the template file.'),
  fn('timestamp', [], 'Gives the start time of the run as seconds since the Unix epoch.'),
  fn('upper', [str], 'Turns every letter of the string into upper case.'),
  fn('user', [param('name', 'string')], 'Reads the value of a user variable declared in the `variables` section.'),
  fn('uuid', [], 'Generates a new random UUID.'),
  fn(
    'vault',
    [param('path', 'string'), param('key', 'string')],
    'Reads one key of a HashiCorp Vault secret; the address and token come from the environment.',
    { onlyInVariables: true },
  ),
  fn(
    'vm',
    [param('key', 'string')],
    'Reads a property of the Azure VM Packer runs on (`name`, `subscription_id`, `resource_group`, `location`, `resource_id`).',
    { builders: ['azure-chroot'] },
  ),
];
