/**
 * The plugin facts extractor end to end on two small git repositories made here: a plugin with two
 * releases (a setting added, one removed, one whose type changed, a nested block from another package,
 * a data source with outputs) and an SDK it embeds a struct from, kept in the layout `fetch` leaves
 * (`<owner>+<name>/repo`, bare) while the plugin is a plain clone.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Workspace } from '../../tools/plugin-facts/src/packages';
import { extractPlugin } from '../../tools/plugin-facts/src/plugin';

const sdkModule = 'github.com/hashicorp/packer-plugin-sdk';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'ignore' });
}

function commitFiles(dir: string, files: Record<string, string>, tag: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', tag);
  git(dir, 'tag', tag);
}

const sdkFiles = {
  'go.mod': `module ${sdkModule}\n`,
  'communicator/config.go': `package communicator

import "time"

type Config struct {
	// Defaults to \`5m\`.
	Timeout time.Duration \`mapstructure:"ssh_timeout"\`
}
`,
};

function pluginFiles(release: 1 | 2): Record<string, string> {
  const versionType = release === 1 ? 'cty.String' : 'cty.Number';
  const addedSpec =
    release === 2 ? `\t\t"cores": &hcldec.AttrSpec{Name: "cores", Type: cty.Number, Required: false},\n` : '';
  const removedSpec =
    release === 1 ? `\t\t"legacy": &hcldec.AttrSpec{Name: "legacy", Type: cty.Bool, Required: false},\n` : '';
  return {
    // The second release requires an SDK commit the snapshot lacks: the release before it stands in.
    'go.mod': `module example.com/packer-plugin-widget\n\nrequire ${sdkModule} ${release === 1 ? 'v0.1.0' : 'v0.1.1-0.20240101000000-abcdefabcdef'}\n`,
    'main.go': `package main

import (
	"github.com/hashicorp/packer-plugin-sdk/plugin"
	"example.com/packer-plugin-widget/builder/iso"
	"example.com/packer-plugin-widget/datasource/lookup"
)

func main() {
	pps := plugin.NewSet()
	pps.RegisterBuilder("iso", new(iso.Builder))
	${release === 2 ? 'pps.RegisterDatasource("lookup", new(lookup.Datasource))' : ''}
}
`,
    'builder/iso/builder.go': `package iso

type Builder struct {
	config Config
}

func (b *Builder) ConfigSpec() hcldec.ObjectSpec { return b.config.FlatMapstructure().HCL2Spec() }
`,
    'builder/iso/config.go': `package iso

import (
	"github.com/hashicorp/packer-plugin-sdk/communicator"
	shared "example.com/packer-plugin-widget/builder/common"
)

type Config struct {
	communicator.Config \`mapstructure:",squash"\`
	// The version. Defaults to \`7\`.
	Version string \`mapstructure:"version" required:"true"\`
	Disk shared.Disk \`mapstructure:"disk"\`
	// Deprecated: use the disk block.
	Legacy bool \`mapstructure:"legacy" undocumented:"true"\`
	// Untagged: known as \`cores\`. Defaults to \`2\`.
	Cores int
}
`,
    'builder/iso/config.hcl2spec.go': `package iso

import (
	common "example.com/packer-plugin-widget/builder/common"
)

func (*FlatConfig) HCL2Spec() map[string]hcldec.Spec {
	s := map[string]hcldec.Spec{
		"ssh_timeout": &hcldec.AttrSpec{Name: "ssh_timeout", Type: cty.String, Required: false},
		"version": &hcldec.AttrSpec{Name: "version", Type: ${versionType}, Required: false},
${addedSpec}${removedSpec}		"disk": &hcldec.BlockListSpec{TypeName: "disk", Nested: hcldec.ObjectSpec((*common.FlatDisk)(nil).HCL2Spec())},
	}
	return s
}
`,
    'builder/common/disk.go': `package common

type Disk struct {
	Size int \`mapstructure:"size"\`
}
`,
    'builder/common/disk.hcl2spec.go': `package common

func (*FlatDisk) HCL2Spec() map[string]hcldec.Spec {
	s := map[string]hcldec.Spec{
		"size": &hcldec.AttrSpec{Name: "size", Type: cty.Number, Required: false},
	}
	return s
}
`,
    ...(release === 2
      ? {
          'datasource/lookup/data.go': `package lookup

type Datasource struct{ config Config }

type Config struct {
	Name string \`mapstructure:"name"\`
}

type DatasourceOutput struct {
	ID string \`mapstructure:"id"\`
}

func (d *Datasource) ConfigSpec() hcldec.ObjectSpec { return d.config.FlatMapstructure().HCL2Spec() }

func (d *Datasource) OutputSpec() hcldec.ObjectSpec {
	return (&DatasourceOutput{}).FlatMapstructure().HCL2Spec()
}
`,
          'datasource/lookup/data.hcl2spec.go': `package lookup

func (*FlatConfig) HCL2Spec() map[string]hcldec.Spec {
	s := map[string]hcldec.Spec{
		"name": &hcldec.AttrSpec{Name: "name", Type: cty.String, Required: false},
	}
	return s
}

func (*FlatDatasourceOutput) HCL2Spec() map[string]hcldec.Spec {
	s := map[string]hcldec.Spec{
		"id": &hcldec.AttrSpec{Name: "id", Type: cty.String, Required: false},
	}
	return s
}
`,
        }
      : {}),
  };
}

describe('plugin facts from git', () => {
  let folder = '';
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'plugin-facts-'));
    const sdkWork = join(folder, 'sdk-work');
    mkdirSync(sdkWork);
    git(sdkWork, 'init', '-q');
    commitFiles(sdkWork, sdkFiles, 'v0.1.0');
    git(folder, 'clone', '-q', '--bare', sdkWork, join(folder, 'hashicorp+packer-plugin-sdk', 'repo'));
    rmSync(sdkWork, { recursive: true });
    const plugin = join(folder, 'packer-plugin-widget');
    mkdirSync(plugin);
    git(plugin, 'init', '-q');
    commitFiles(plugin, pluginFiles(1), 'v1.0.0');
    git(plugin, 'tag', 'v1.1.0-beta');
    commitFiles(plugin, pluginFiles(2), 'v2.0.0');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  function extract() {
    const ws = new Workspace(folder);
    const repo = ws.repoFor('example', 'packer-plugin-widget');
    assert.ok(repo, 'a plain clone is found by its folder name');
    return extractPlugin(ws, repo, {
      name: 'widget',
      source: 'github.com/example/widget',
      repo: 'example/packer-plugin-widget',
      integration: undefined,
      components: [],
    });
  }

  it('writes every component with its settings, ranges, type changes and embedded-struct facts', () => {
    const result = extract();
    assert.deepEqual(result.problems, []);
    assert.ok(result.text);
    const facts = JSON.parse(result.text) as {
      releases: string[];
      components: { type: string; docs: string; spec: string; since?: string; settings: unknown; outputs?: unknown }[];
    };
    assert.deepEqual(facts.releases, ['1.0.0', '2.0.0'], 'the pre-release is skipped');
    const [iso, lookup] = facts.components;
    assert.equal(iso?.type, 'widget-iso');
    assert.equal(iso.spec, 'builder/iso/config.hcl2spec.go');
    assert.equal(
      iso.docs,
      'https://developer.hashicorp.com/packer/integrations/example/widget/latest/components/builder/iso',
    );
    assert.deepEqual(iso.settings, {
      cores: { type: 'number', default: '2', since: '2.0.0' },
      disk: { type: 'block', list: true, settings: { size: { type: 'number' } } },
      legacy: { type: 'bool', deprecated: true, undocumented: true, until: '1.0.0' },
      ssh_timeout: {
        type: 'duration',
        default: '5m',
        from: 'github.com/hashicorp/packer-plugin-sdk/communicator.Config',
      },
      version: { type: 'number', required: true, default: '7', typeChanges: [{ type: 'string', until: '1.0.0' }] },
    });
    assert.equal(lookup?.type, 'widget-lookup');
    assert.equal(lookup.since, '2.0.0');
    assert.deepEqual(lookup.settings, { name: { type: 'string' } });
    assert.deepEqual(lookup.outputs, { id: { type: 'string' } });
  });

  it('rebuilds the same bytes from the same sources', () => {
    assert.equal(extract().text, extract().text);
  });

  it('writes the files from the command line, and --check passes on them and names a changed one', () => {
    const inventory = join(folder, 'inventory.json');
    const plugins = [
      { name: 'widget', source: 'github.com/example/widget', repo: 'example/packer-plugin-widget', components: [] },
      { name: 'absent', source: 'github.com/example/absent', repo: 'example/packer-plugin-absent', components: [] },
      { name: 'hashicups', source: 'github.com/hashicorp/hashicups', repo: 'hashicorp/packer-plugin-hashicups' },
    ];
    writeFileSync(inventory, JSON.stringify({ plugins }));
    const out = join(folder, 'facts');
    const cli = join(__dirname, '../../tools/plugin-facts/src/main.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, folder, '--inventory', inventory, '--out', out, ...args], { encoding: 'utf8' });

    const written = run();
    assert.equal(written.status, 0, written.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['SOURCES.tsv', 'widget.json']);
    assert.match(written.stderr, /not in the folder: example\/packer-plugin-absent/);
    assert.match(
      readFileSync(join(out, 'SOURCES.tsv'), 'utf8'),
      /^example\/packer-plugin-widget\tv2\.0\.0\t[0-9a-f]{40}$/m,
    );
    assert.equal(readFileSync(join(out, 'widget.json'), 'utf8'), extract().text);

    const checked = run('--check');
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stderr, /all 2 files are identical/);

    writeFileSync(join(out, 'widget.json'), '{}\n');
    const changed = run('--check');
    assert.equal(changed.status, 1);
    assert.match(changed.stderr, /differs: widget\.json/);

    assert.equal(run('--only').status, 2, 'an option without its value is a usage error');
  });
});
