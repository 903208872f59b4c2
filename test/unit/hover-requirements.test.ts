/**
 * "Required unless / when": the sentences hover writes from each kind of constraint, on small
 * schemas written here, and on real component schemas.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requirementText } from '../../server/src/service/features/hover/requirementText';
import type { BlockSchema, PackerConstraint, PropertySchema } from '../../server/src/service/schema/schemaTypes';
import { getComponentSchema } from '../../server/src/service/schema/schemaStore';

function owner(constraints: PackerConstraint[], communicatorDefault?: string): BlockSchema {
  const properties: Record<string, PropertySchema> = {};
  if (communicatorDefault !== undefined)
    properties.communicator = { 'x-packer-type': 'string', 'x-packer-docs': '', default: communicatorDefault };
  return { properties, allOf: constraints.map((c) => ({ 'x-packer-constraint': c })) };
}

const text = (schema: BlockSchema | undefined, key: string) => requirementText(schema, key).join(' ');

describe('requirement sentences', () => {
  const cases: Array<[string, PackerConstraint[], string, string]> = [
    ['required', [{ kind: 'required', keys: ['a'] }], 'a', '**Required.**'],
    ['not concerned', [{ kind: 'required', keys: ['a'] }], 'b', 'Optional.'],
    [
      'one of',
      [{ kind: 'oneOfRequired', groups: [['a'], ['b'], ['c', 'd']] }],
      'a',
      '**Required** unless `b` or `c` and `d` is set.',
    ],
    [
      'exactly one',
      [{ kind: 'exactlyOne', groups: [['a'], ['b']] }],
      'b',
      '**Required** unless `a` is set: set exactly one of `a` and `b`.',
    ],
    ['exclusive', [{ kind: 'exclusive', groups: [['a'], ['b']] }], 'a', 'Optional. Cannot be set together with `b`.'],
    [
      'together',
      [{ kind: 'together', keys: ['a', 'b', 'c'] }],
      'a',
      'Optional. Goes together with `b` and `c`: set all of them, or none.',
    ],
    [
      'requires, the key',
      [{ kind: 'requires', key: 'a', groups: [['b'], ['c']] }],
      'a',
      'Optional. When set, `b` or `c` must be set too.',
    ],
    [
      'requires, a group',
      [{ kind: 'requires', key: 'a', groups: [['b'], ['c']] }],
      'b',
      '**Required** when `a` is set (unless `c` is).',
    ],
    [
      'iso with when',
      [{ kind: 'iso', rule: 'required', keys: ['sum'], when: ['url', 'urls'] }],
      'sum',
      '**Required** once `url` or `urls` is set.',
    ],
  ];
  for (const [name, constraints, key, expected] of cases) {
    it(name, () => assert.equal(text(owner(constraints), key), expected));
  }

  it('names the default communicator only when it is the default', () => {
    const ssh: PackerConstraint = { kind: 'communicator', communicator: 'ssh', keys: ['ssh_username'] };
    assert.equal(text(owner([ssh], 'ssh'), 'ssh_username'), '**Required** when `communicator` is `ssh` (the default).');
    const winrm: PackerConstraint = { kind: 'communicator', communicator: 'winrm', keys: ['winrm_username'] };
    assert.equal(text(owner([winrm], 'ssh'), 'winrm_username'), '**Required** when `communicator` is `winrm`.');
  });

  it('reads the rules of real components', () => {
    const qemu = getComponentSchema('builder', 'qemu') as unknown as BlockSchema;
    assert.match(text(qemu, 'iso_url'), /\*\*Required\*\* unless `iso_urls` is set\./);
    assert.match(text(qemu, 'iso_url'), /Cannot be set together with `iso_urls`\./);
    const ebs = getComponentSchema('builder', 'amazon-ebs') as unknown as BlockSchema;
    assert.equal(text(ebs, 'region'), 'Optional.');
    assert.equal(text(undefined, 'anything'), 'Optional.');
  });
});
