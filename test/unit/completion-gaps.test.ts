/**
 * Completion where Packer gives object keys and block labels a meaning, with `|` at the cursor:
 * `required_plugins` entries, a provisioner's `override`, `dynamic` blocks, `env` in a variable's
 * default, `{{ build `|` }}` in legacy templates, and the ranges items replace while typing.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hclBlock } from '../../server/src/service/packer/hclBlocks';
import { accept, complete, item, labels, newText } from './completion-support';

const FILE = 'build.pkr.hcl';
const SOURCES = { 'sources.pkr.hcl': 'source "null" "web" {\n  communicator = "none"\n}\nvariable "region" {}\n' };
const plugins = (body: string) => `packer {\n  required_plugins {\n${body}\n  }\n}\n`;

describe('completion in required_plugins', () => {
  it('offers the usual plugins by local name, each with its source', () => {
    const marked = plugins('    ama|');
    const list = complete(FILE, marked);
    for (const name of ['amazon', 'azure', 'googlecompute', 'docker', 'ansible', 'qemu', 'virtualbox', 'vsphere']) {
      assert.ok(labels(list).includes(name), name);
    }
    assert.equal(item(list, 'amazon').detail, 'github.com/hashicorp/amazon');
    assert.equal(
      accept(marked, item(list, 'amazon')),
      plugins('    amazon = {\n  version = "~> 1"\n  source  = "github.com/hashicorp/amazon"\n}'),
    );
  });

  it('leaves out plugins already required', () => {
    const list = complete(
      FILE,
      plugins('    docker = { version = "1", source = "github.com/hashicorp/docker" }\n    |'),
    );
    assert.ok(!labels(list).includes('docker') && labels(list).includes('amazon'));
  });

  it('offers version and source inside a requirement, the ones written left out', () => {
    assert.deepEqual(labels(complete(FILE, plugins('    amazon = {\n      |\n    }'))), ['version', 'source']);
    const list = complete(FILE, plugins('    amazon = { version = ">= 1", | }'));
    assert.deepEqual(labels(list), ['source']);
    assert.equal(newText(item(list, 'source')), 'source = "${1:github.com/hashicorp/amazon}"');
  });

  it('offers the plugin\u2019s usual source as the value of source', () => {
    const list = complete(FILE, plugins('    qemu = {\n      source = "|"\n    }'));
    assert.deepEqual(labels(list), ['github.com/hashicorp/qemu']);
  });

  it('offers every plugin the facts know, with a ~> constraint on its newest major', () => {
    const list = complete(FILE, plugins('    |'));
    assert.ok(labels(list).includes('proxmox') && labels(list).includes('hcloud') && labels(list).includes('azure'));
    assert.match(newText(item(list, 'azure')), /version = "\$\{1:~> 2\}"/);
    assert.ok(!labels(list).includes('arm'), 'a plugin packer init cannot install is not offered');
  });

  it('offers the plugin\u2019s majors and recent releases as the value of version', () => {
    const list = complete(FILE, plugins('    proxmox = {\n      version = "|"\n    }'));
    assert.deepEqual(labels(list).slice(0, 4), ['~> 1', '~> 0', '>= 1.2.4', '>= 1.2.3']);
  });

  it('offers the same in HCL2\u2019s JSON syntax', () => {
    assert.ok(labels(complete('b.pkr.json', '{"packer": {"required_plugins": {|}}}')).includes('amazon'));
    const keys = complete('b.pkr.json', '{"packer": {"required_plugins": {"amazon": {"version": "1", "|"}}}}');
    assert.deepEqual(labels(keys), ['source']);
  });
});

describe('completion in a provisioner\u2019s override', () => {
  const provisioner = (body: string) => `build {\n  provisioner "shell" {\n    override = {\n${body}\n    }\n  }\n}\n`;

  it('offers the names of the folder\u2019s sources as keys', () => {
    const list = complete(FILE, provisioner('      |'), SOURCES);
    assert.deepEqual(labels(list), ['web']);
    assert.equal(newText(item(list, 'web')), 'web = {\n  $0\n}');
  });

  it('offers the provisioner\u2019s settings inside a source\u2019s entry, not the meta ones', () => {
    const list = complete(FILE, provisioner('      web = {\n        inline = []\n        |\n      }'), SOURCES);
    assert.ok(labels(list).includes('execute_command'));
    for (const name of ['inline', 'only', 'override', 'type']) assert.ok(!labels(list).includes(name), name);
  });

  it('still offers nothing in other objects', () => {
    assert.deepEqual(labels(complete(FILE, 'source "amazon-ebs" "x" {\n  tags = { Name = "a", |}\n}\n')), []);
  });
});

describe('completion of dynamic blocks', () => {
  it('offers dynamic among the settings of a component with nested blocks', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  dyn|\n}\n');
    assert.match(newText(item(list, 'dynamic')), /^dynamic "\$1" \{\n {2}for_each = \$2\n {2}content \{/);
  });

  it('offers the nested blocks of the component as the label', () => {
    const marked = 'source "amazon-ebs" "x" {\n  dynamic "la|" {\n  }\n}\n';
    const list = complete(FILE, marked);
    assert.ok(labels(list).includes('launch_block_device_mappings'));
    assert.ok(!labels(list).includes('ami_name'), 'only blocks');
    assert.equal(
      accept(marked, item(list, 'launch_block_device_mappings')),
      'source "amazon-ebs" "x" {\n  dynamic "launch_block_device_mappings" {\n  }\n}\n',
    );
  });

  it('offers for_each, iterator, labels and content inside, and the block\u2019s settings in content', () => {
    const dynamic = (body: string) =>
      `source "amazon-ebs" "x" {\n  dynamic "launch_block_device_mappings" {\n${body}\n  }\n}\n`;
    assert.deepEqual(labels(complete(FILE, dynamic('    |'))), ['for_each', 'iterator', 'labels', 'content']);
    assert.deepEqual(labels(complete(FILE, dynamic('    for_each = []\n    content {}\n    |'))), [
      'iterator',
      'labels',
    ]);
    assert.ok(labels(complete(FILE, dynamic('    content {\n      |\n    }'))).includes('volume_size'));
  });
});

describe('completion of env in a variable default', () => {
  it('offers env in a variable\u2019s default only', () => {
    const list = complete(FILE, 'variable "home" {\n  default = en|\n}\n');
    assert.equal(newText(item(list, 'env')), 'env(${1:name})');
    assert.ok(!labels(complete(FILE, 'locals {\n  home = en|\n}\n')).includes('env'));
    assert.ok(!labels(complete(FILE, 'variable "home" {\n  description = en|\n}\n')).includes('env'));
  });
});

describe('completion of {{ build `...` }} in legacy templates', () => {
  it('offers what the builder shares once the machine is up', () => {
    const list = complete(
      't.json',
      '{"builders": [{"type": "null"}], "provisioners": [{"type": "shell", "inline": ["{{ build `Ho|` }}"]}]}',
    );
    for (const name of ['ID', 'Host', 'Port', 'User', 'Password', 'ConnType', 'PackerRunUUID', 'PackerHTTPAddr']) {
      assert.ok(labels(list).includes(name), name);
    }
    assert.ok(!labels(list).includes('name'), 'build.name is HCL2 only');
    const edit = item(list, 'Host').textEdit;
    assert.ok(edit !== undefined && 'range' in edit);
    assert.equal(edit.range.end.character - edit.range.start.character, 2, 'replaces the typed Ho');
  });
});

describe('ranges completion items replace', () => {
  it('replaces the whole word after var., not only the part before the cursor', () => {
    const marked = 'source "null" "x" {\n  communicator = var.re|gion\n}\n';
    const list = complete(FILE, marked, SOURCES);
    assert.equal(accept(marked, item(list, 'region')), 'source "null" "x" {\n  communicator = var.region\n}\n');
  });

  it('keeps the brackets after a JSON key whose closing quote is not typed yet', () => {
    const marked = '{"builders": [{"type": "docker", "im|}]}';
    const list = complete('t.json', marked);
    assert.equal(accept(marked, item(list, 'image')), '{"builders": [{"type": "docker", "image": ""}]}');
    const quoted = '{"builders": [{"type": "docker", "|"}]}';
    assert.equal(
      accept(quoted, item(complete('t.json', quoted), 'image')),
      '{"builders": [{"type": "docker", "image": ""}]}',
    );
  });
});

describe('one description of Packer\u2019s own blocks for completion and hover', () => {
  it('shows the shared syntax and summary of a block in its completion item', () => {
    const list = complete(FILE, '|');
    const variable = hclBlock('variable', undefined);
    assert.equal(item(list, 'variable').detail, variable?.syntax);
    const documentation = item(list, 'variable').documentation;
    assert.ok(typeof documentation === 'object' && documentation.value.startsWith(variable?.summary ?? '?'));
    assert.ok(!labels(list).includes('hcp_packer_registry'), 'explained by hover at the top, not offered there');
    assert.equal(hclBlock('content', 'launch_block_device_mappings')?.name, 'content');
  });
});
