/** Packer's HCL2 functions that read secrets and keys from outside services at evaluation time. */
import { hclCategory, param } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('contextual');

export const packerFunctions: readonly FunctionSignature[] = [
  fn(
    'aws_secretsmanager',
    [param('name', 'string'), param('key', 'string')],
    'string',
    'Reads one key of a secret in AWS Secrets Manager; with a null or empty key, its first value.',
  ),
  fn(
    'aws_secretsmanager_raw',
    [param('name', 'string')],
    'string',
    'Reads the whole value of a secret in AWS Secrets Manager, JSON included, as a string.',
  ),
  fn(
    'consul_key',
    [param('key', 'string')],
    'string',
    'Reads the value stored under a key in the Consul key/value store.',
    'consul',
  ),
  fn(
    'vault',
    [param('path', 'string'), param('key', 'string')],
    'string',
    'Reads one key of a HashiCorp Vault secret; the Vault address and token come from the environment.',
  ),
];
