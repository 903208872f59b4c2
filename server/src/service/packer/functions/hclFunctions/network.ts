/** HCL2 functions on IP networks in CIDR notation. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('ipnet');
const prefix = param('prefix', 'string');

export const networkFunctions: readonly FunctionSignature[] = [
  fn(
    'cidrhost',
    [prefix, param('hostnum', 'number')],
    'string',
    'Gives the address of the numbered host inside a network prefix.',
  ),
  fn('cidrnetmask', [prefix], 'string', 'Converts an IPv4 prefix to its dotted-decimal subnet mask.'),
  fn(
    'cidrsubnet',
    [prefix, param('newbits', 'number'), param('netnum', 'number')],
    'string',
    'Carves the numbered subnet out of a prefix, lengthening it by the given number of bits.',
  ),
  fn(
    'cidrsubnets',
    [prefix, rest('newbits', 'number')],
    'list(string)',
    'Allocates consecutive subnets of a prefix, one per extra-bits argument.',
  ),
];
