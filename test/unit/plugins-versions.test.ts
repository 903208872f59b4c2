/**
 * Versions and constraints as hashicorp/go-version reads them (Packer's `required_plugins` and
 * `required_version`): `~>` pins every written segment but the last, pre-releases sort before their
 * release and are admitted only by a constraint with a pre-release of the same release.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareVersions,
  lowerBound,
  parseConstraints,
  parseVersion,
  satisfies,
} from '../../server/src/service/plugins/versions';

function check(version: string, constraint: string): boolean {
  const v = parseVersion(version);
  const c = parseConstraints(constraint);
  assert.ok(v !== undefined && c.ok, `${version} / ${constraint}`);
  return satisfies(v, c.constraints);
}

describe('plugin versions', () => {
  it('reads versions with or without v, with missing segments as 0', () => {
    assert.equal(parseVersion('v1.2')?.text, '1.2.0');
    assert.equal(parseVersion('1.2.3-dev')?.text, '1.2.3-dev');
    assert.equal(parseVersion('1.2.x'), undefined);
  });

  it('orders a pre-release before its release, numeric identifiers numerically and words lexically', () => {
    const sorted = ['1.2.0', '1.2.0-beta.10', '1.1.9', '1.2.0-beta.2', '1.2.0-alpha', '1.2.0-rc2', '1.2.0-rc10']
      .map((t) => parseVersion(t))
      .filter((v) => v !== undefined)
      .sort(compareVersions)
      .map((v) => v.text);
    assert.deepEqual(sorted, [
      '1.1.9',
      '1.2.0-alpha',
      '1.2.0-beta.2',
      '1.2.0-beta.10',
      '1.2.0-rc10',
      '1.2.0-rc2',
      '1.2.0',
    ]);
  });

  it('reads ~> as go-version does', () => {
    assert.equal(check('1.9.0', '~> 1'), true);
    assert.equal(check('2.0.0', '~> 1'), true, '~> 1 pins nothing: it means 1.0.0 or later');
    assert.equal(check('1.9.0', '~> 1.2'), true);
    assert.equal(check('2.0.0', '~> 1.2'), false);
    assert.equal(check('1.2.9', '~> 1.2.3'), true);
    assert.equal(check('1.3.0', '~> 1.2.3'), false);
    assert.equal(check('1.2.2', '~> 1.2.3'), false);
  });

  it('joins constraints with commas, each of them required', () => {
    assert.equal(check('1.5.0', '>= 1.2.0, < 2.0.0, != 1.4.0'), true);
    assert.equal(check('1.4.0', '>= 1.2.0, < 2.0.0, != 1.4.0'), false);
    assert.equal(check('2.0.0', '>= 1.2.0, < 2.0.0'), false);
    assert.equal(check('1.0.0', '1.0.0'), true, 'a bare version means =');
  });

  it('admits a pre-release only through a constraint with a pre-release of the same release', () => {
    assert.equal(check('1.2.0-dev', '>= 1.0.0'), false);
    assert.equal(check('1.2.0-dev', '>= 1.2.0-alpha'), true);
    assert.equal(check('1.3.0-dev', '>= 1.2.0-alpha'), false);
  });

  it('refuses malformed constraints and reads an empty one as no constraint', () => {
    assert.equal(parseConstraints('>= one').ok, false);
    assert.deepEqual(parseConstraints('  '), { ok: true, constraints: [] });
  });

  it('finds the lowest version a constraint admits', () => {
    const c = parseConstraints('>= 1.10.0, < 2');
    assert.ok(c.ok);
    assert.equal(lowerBound(c.constraints)?.text, '1.10.0');
  });
});
