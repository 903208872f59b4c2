/**
 * Every `packer fix` rewrite of the deprecation table, checked against what today's component
 * accepts: a rewrite never writes a setting the component lacks and never removes one it
 * requires. Each entry of the table is tried with each of its keys and several value shapes, so
 * a new entry or a new plugin schema is checked without naming it here.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentKeys, deprecationStatus } from '../../server/src/service/packer/currentComponentKeys';
import { ALL_BUILDERS, DEPRECATION_TABLE } from '../../server/src/service/packer/deprecationTable';
import { findDeprecatedKeys, fitsCurrent, isStringRewrite } from '../../server/src/service/packer/deprecations';
import type { ComponentKind } from '../../server/src/service/packer/deprecationTypes';

/** Values of the shapes templates give deprecated keys: strings, numbers, booleans, objects. */
const SHAPES: unknown[] = ['sha256', 'file:///tmp/SHA256SUMS', 2222, true, { name: 'VM Network' }, '{{user `x`}}'];

function entries(): Array<{
  kind: ComponentKind;
  type: string;
  keys: string[];
  nested: Record<string, readonly string[]>;
}> {
  return Object.entries(DEPRECATION_TABLE).map(([id, entry]) => {
    const [kind, type] = id.split('/') as [ComponentKind, string];
    return {
      kind,
      type,
      keys: [...(kind === 'builder' ? ALL_BUILDERS : []), ...entry.keys],
      nested: entry.nested ?? {},
    };
  });
}

describe('the deprecation table against current components', () => {
  it('knows what every component of the table accepts today', () => {
    const unknown = entries()
      .filter(({ kind, type }) => currentKeys(kind, type) === undefined)
      .map(({ kind, type }) => `${kind}/${type}`);
    assert.deepEqual(unknown, []);
  });

  it('never rewrites to a setting the component lacks, nor removes one it requires', () => {
    let rewrites = 0;
    for (const { kind, type, keys, nested } of entries()) {
      const current = currentKeys(kind, type);
      assert.ok(current !== undefined);
      const configs: Array<Record<string, unknown>> = [];
      for (const key of keys) for (const value of SHAPES) configs.push({ [key]: value });
      // Keys together too: some rewrites (the ISO checksum) merge several keys into one.
      for (const value of SHAPES) configs.push(Object.fromEntries(keys.map((key) => [key, value])));
      for (const [block, names] of Object.entries(nested))
        for (const name of names) configs.push({ [block]: { [name]: true } });
      for (const config of configs) {
        for (const finding of findDeprecatedKeys(kind, type, config, current)) {
          const rewrite = finding.rewrite;
          if (rewrite === undefined || isStringRewrite(rewrite)) continue;
          rewrites++;
          const where = `${kind}/${type} ${finding.deprecated}=${JSON.stringify(config[finding.key])}`;
          for (const { key } of rewrite.set) assert.ok(current.has(key), `${where} writes "${key}", which it lacks`);
          for (const key of rewrite.remove)
            assert.ok(!current.isRequired(key), `${where} removes "${key}", which it requires`);
          assert.ok(fitsCurrent(rewrite, current));
        }
      }
    }
    assert.ok(rewrites > 100, `only ${rewrites} rewrites were tried`);
  });

  it('drops the rewrites that today’s plugins contradict', () => {
    // The old scaleway fixer renamed access_key to organization_id; access_key is the API key today.
    assert.equal(deprecationStatus('builder', 'scaleway', 'access_key'), 'current');
    // parallels-pvm has no guest_os_type: the key is one to remove, without a rewrite.
    const [pvm] = findDeprecatedKeys(
      'builder',
      'parallels-pvm',
      { guest_os_distribution: 'ubuntu' },
      currentKeys('builder', 'parallels-pvm'),
    );
    assert.equal(pvm?.rewrite, undefined);
    assert.match(pvm?.message ?? '', /has no such setting: remove it/);
  });

  it('tells keys Packer rejects from keys it still accepts', () => {
    assert.equal(deprecationStatus('builder', 'qemu', 'iso_checksum_type'), 'rejected');
    assert.equal(deprecationStatus('builder', 'hyperv-iso', 'ram_size'), 'rejected');
    assert.equal(deprecationStatus('builder', 'amazon-ebs', 'ssh_wait_timeout'), 'accepted');
    assert.equal(deprecationStatus('post-processor', 'docker-tag', 'tag'), 'accepted');
    assert.equal(deprecationStatus('builder', 'vmware-iso', 'ssh_host_port_min'), 'rejected');
    // A builder with no facts of its own (its plugin has no release to read): the SDK's shared configs decide.
    assert.equal(deprecationStatus('builder', 'xenserver-iso', 'iso_checksum_type'), 'rejected');
    assert.equal(deprecationStatus('builder', 'xenserver-iso', 'ssh_wait_timeout'), 'accepted');
    assert.equal(deprecationStatus('builder', 'xenserver-iso', 'ssh_host_port_min'), 'unknown');
  });
});
