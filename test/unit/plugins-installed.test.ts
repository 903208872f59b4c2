/**
 * The installed plugins, read from real folders on disk through the server's reader, by Packer's
 * rules (packer/plugin-getter/plugins.go): names for this machine, a matching `_SHA256SUM` file,
 * canonical versions, API x5.0 or x5.1, not at the folder's root; and the version Packer would
 * choose (hcl2template/plugin.go): the highest installed that satisfies the constraint, checked on
 * the release without its pre-release, else the newest known release.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { diskPluginReader } from '../../server/src/pluginFolderDisk';
import { readInstalledPlugins, type InstalledPlugins } from '../../server/src/service/plugins/installedPlugins';
import { choosePluginVersion } from '../../server/src/service/plugins/versionChoice';
import { parseConstraints, type Constraint } from '../../server/src/service/plugins/versions';
import { pluginBySource } from '../../server/src/service/schema/pluginFacts';
import { binaryName, installPlugin, makePluginFolder, removePluginFolder } from '../support/pluginFolders';

const AMAZON = 'github.com/hashicorp/amazon';

function read(folder: string): InstalledPlugins {
  return readInstalledPlugins(folder, diskPluginReader, { platform: process.platform, arch: process.arch });
}

function constraint(text: string): readonly Constraint[] {
  const parsed = parseConstraints(text);
  assert.ok(parsed.ok);
  return parsed.constraints;
}

describe('installed plugins: what counts as installed', () => {
  let folder: string;
  before(() => {
    folder = makePluginFolder();
    installPlugin(folder, { source: AMAZON, version: '1.2.0' });
    installPlugin(folder, { source: AMAZON, version: '1.3.0', checksum: null });
    installPlugin(folder, { source: AMAZON, version: '1.4.0', checksum: '0'.repeat(64) });
    installPlugin(folder, { source: AMAZON, version: '1.5', fileName: binaryName('amazon', '1.5') });
    installPlugin(folder, { source: AMAZON, version: '1.6.0', api: 'x6.0' });
    installPlugin(folder, {
      source: AMAZON,
      version: '1.7.0',
      fileName: 'packer-plugin-amazon_v1.7.0_x5.0_plan9_mips',
    });
    installPlugin(folder, { source: AMAZON, version: '1.8.0', folder: '.' });
    installPlugin(folder, { source: AMAZON, version: '1.9.0+meta' });
    installPlugin(folder, { source: AMAZON, version: '1.1.0', api: 'x5.1' });
  });
  after(() => removePluginFolder(folder));

  it('keeps only binaries named for this machine, with a matching checksum file, a canonical version and API 5', () => {
    const installed = read(folder);
    assert.deepEqual(
      installed.installations.map((i) => `${i.name} ${i.version.text} ${i.api} ${i.relativeFolder}`),
      [`amazon 1.1.0 x5.1 ${AMAZON}`, `amazon 1.2.0 x5.0 ${AMAZON}`],
    );
    assert.equal(installed.installations[1]?.path, path.join(folder, AMAZON, binaryName('amazon', '1.2.0')));
  });
});

describe('installed plugins: the version Packer chooses', () => {
  let folder: string;
  before(() => {
    folder = makePluginFolder();
    for (const version of ['1.1.0', '1.2.0', '1.3.0-dev', '2.0.0']) installPlugin(folder, { source: AMAZON, version });
    installPlugin(folder, { source: 'github.com/someone/amazon', version: '9.0.0' });
  });
  after(() => removePluginFolder(folder));

  it('takes the highest installed version the constraint admits', () => {
    const chosen = choosePluginVersion(AMAZON, constraint('~> 1.1'), read(folder), pluginBySource(AMAZON));
    assert.equal(chosen.inUse?.version.text, '1.3.0-dev');
    assert.equal(chosen.inUse?.origin, 'installed');
    assert.deepEqual(
      chosen.installed.map((i) => i.version.text),
      ['1.1.0', '1.2.0', '1.3.0-dev', '2.0.0'],
      'only the binaries under the source’s host/namespace count',
    );
  });

  it('checks a pre-release against the constraint as its release (Core())', () => {
    const chosen = choosePluginVersion(AMAZON, constraint('>= 1.3.0, < 2.0.0'), read(folder), undefined);
    assert.equal(chosen.inUse?.version.text, '1.3.0-dev');
  });

  it('prefers a release to the pre-release of the same version', () => {
    installPlugin(folder, { source: AMAZON, version: '1.3.0' });
    const chosen = choosePluginVersion(AMAZON, constraint('< 2'), read(folder), undefined);
    assert.equal(chosen.inUse?.version.text, '1.3.0');
  });

  it('without a constraint takes the highest of all', () => {
    assert.equal(choosePluginVersion(AMAZON, [], read(folder), undefined).inUse?.version.text, '2.0.0');
  });

  it('falls back to the newest known release that satisfies the constraint when none installed does', () => {
    const facts = { ...(pluginBySource(AMAZON) ?? assert.fail('amazon facts')), releases: ['1.0.0', '3.1.0', '3.2.0'] };
    const chosen = choosePluginVersion(AMAZON, constraint('>= 3.0.0'), read(folder), facts);
    assert.equal(chosen.satisfying.length, 0);
    assert.deepEqual([chosen.inUse?.version.text, chosen.inUse?.origin], ['3.2.0', 'release']);
  });
});
