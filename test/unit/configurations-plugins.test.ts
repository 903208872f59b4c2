/**
 * `packer/configurations` through the service façade: the installed and missing plugins come from
 * plugin resolution when the host knows the plugin folder, stay absent when it does not, and a new
 * reading of the folder is not hidden by the answers kept per configuration.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Installation, InstalledPlugins } from '../../server/src/service/plugins/installedPlugins';
import { parseVersion } from '../../server/src/service/plugins/versions';
import { createLanguageService } from '../../server/src/service/service';

const FOLDER = 'file:///work-configurations/web';
const MAIN = `packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.2.0"
    }
    nosource = {
      version = ">= 1.0.0"
    }
  }
}

source "amazon-ebs" "web" {}

source "null" "local" {}
`;
const FILES = [{ uri: `${FOLDER}/main.pkr.hcl`, text: MAIN }];

function amazon(version: string): Installation {
  const parsed = parseVersion(version);
  assert.ok(parsed, version);
  return {
    name: 'amazon',
    version: parsed,
    api: 'x5.0',
    path: `/plugins/github.com/hashicorp/amazon/packer-plugin-amazon_v${version}_x5.0_linux_amd64`,
    relativeFolder: 'github.com/hashicorp/amazon',
  };
}

function serviceWith(installed: () => InstalledPlugins | undefined, packerVersion?: string) {
  return createLanguageService({ readText: () => undefined }, () => undefined, undefined, {
    installedPlugins: installed,
    detectedPackerVersion: () => packerVersion,
  });
}

function web(service: ReturnType<typeof createLanguageService>) {
  const found = service.configurations(FILES).configurations.find((c) => c.uri === FOLDER);
  assert.ok(found, 'the folder is a configuration');
  return found;
}

describe('packer/configurations: installed and missing plugins', () => {
  it('leaves them absent when the plugin folder is unknown, so that a client says "unknown"', () => {
    const described = web(serviceWith(() => undefined));
    assert.equal('installed' in described.plugins, false);
    assert.equal('missing' in described.plugins, false);
    assert.deepEqual(
      described.sources.map((s) => [s.type, s.plugin?.name, s.plugin && 'installed' in s.plugin]),
      [
        ['amazon-ebs', 'amazon', false],
        ['null', undefined, undefined],
      ],
    );
  });

  it('leaves them absent for a Packer before 1.7, which reads no required_plugins and bundles its plugins', () => {
    const described = web(serviceWith(() => ({ folder: '/plugins', installations: [] }), '1.6.6'));
    assert.equal('installed' in described.plugins, false);
    assert.equal('missing' in described.plugins, false);
    assert.equal(described.sources[0]?.plugin && 'installed' in described.sources[0].plugin, false);
  });

  it('follows a new reading of the plugin folder, past the answers kept per configuration', () => {
    let installed: InstalledPlugins = { folder: '/plugins', installations: [amazon('1.1.0')] };
    const service = serviceWith(() => installed);
    const before = web(service);
    // 1.1.0 does not satisfy ">= 1.2.0"; an entry without a source is neither (other rules say why).
    assert.deepEqual([before.plugins.installed, before.plugins.missing], [[], ['amazon']]);
    assert.equal(before.sources[0]?.plugin?.installed, false);
    assert.equal(web(service), before, 'the same texts and folder reuse the answer');

    installed = { folder: '/plugins', installations: [amazon('1.1.0'), amazon('1.2.0')] };
    const after = web(service);
    assert.deepEqual([after.plugins.installed, after.plugins.missing], [['amazon'], []]);
    assert.equal(after.sources[0]?.plugin?.installed, true);
  });
});
