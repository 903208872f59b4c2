/**
 * Completion in legacy JSON templates, with `|` at the cursor: root keys, settings of the
 * builder/provisioner/post-processor object by its "type", component types, values, builder
 * names, and `{{ }}` template actions.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accept, complete, item, labels, newText, sorted } from './completion-support';

const FILE = 'template.json';

describe('legacy JSON completion', () => {
  it('offers the settings of a builder by its type, required first, set ones left out', () => {
    const list = complete(FILE, '{"builders": [{"type": "amazon-ebs", "region": "x", |}]}');
    assert.ok(!labels(list).includes('region') && !labels(list).includes('type'));
    assert.equal(sorted(list)[0], 'ami_name');
    assert.equal(newText(item(list, 'ssh_port')), '"ssh_port": $1');
    assert.equal(newText(item(list, 'ami_regions')), '"ami_regions": [$1]');
    assert.equal(newText(item(list, 'ebs_optimized')), '"ebs_optimized": ${1|true,false|}');
    assert.equal(
      newText(item(list, 'launch_block_device_mappings')),
      '"launch_block_device_mappings": [\n  {\n    $0\n  }\n]',
    );
  });

  it('replaces a typed opening quote and an auto-closed quote without doubling them', () => {
    const open = '{"builders": [{"type": "null",\n "comm|\n}]}';
    assert.equal(
      accept(open, item(complete(FILE, open), 'communicator')),
      '{"builders": [{"type": "null",\n "communicator": "ssh"\n}]}',
    );
    const closed = '{"builders": [{"type": "null", "comm|"}]}';
    assert.equal(
      accept(closed, item(complete(FILE, closed), 'communicator')),
      '{"builders": [{"type": "null", "communicator": "ssh"}]}',
    );
  });

  it('renames only the key when a value follows it', () => {
    const marked = '{"builders": [{"type": "null", "comm|": "ssh"}]}';
    assert.equal(newText(item(complete(FILE, marked), 'communicator')), '"communicator"');
  });

  it('offers provisioner meta settings and post-processor ones', () => {
    const provisioner = labels(complete(FILE, '{"builders": [], "provisioners": [{"type": "shell", |}]}'));
    for (const name of ['only', 'except', 'override', 'pause_before', 'max_retries', 'timeout'])
      assert.ok(provisioner.includes(name), name);
    const chained = labels(complete(FILE, '{"builders": [], "post-processors": [[{"type": "manifest", |}]]}'));
    assert.ok(chained.includes('keep_input_artifact') && chained.includes('output'));
  });

  it('offers the settings of a nested block', () => {
    const list = complete(FILE, '{"builders": [{"type": "amazon-ebs", "launch_block_device_mappings": [{|}]}]}');
    assert.ok(labels(list).includes('volume_size'));
  });

  it('offers component types with a summary after "type"', () => {
    const list = complete(FILE, '{"builders": [{"type": "|"}]}');
    assert.ok((item(list, 'amazon-ebs').detail ?? '').length > 10);
    assert.equal(newText(item(list, 'amazon-ebs')), 'amazon-ebs');
    assert.ok(labels(complete(FILE, '{"builders": [], "provisioners": [{"type": |}]}')).includes('"shell"'));
    assert.ok(labels(complete(FILE, '{"builders": [], "post-processors": ["|"]}')).includes('compress'));
  });

  it('offers root keys not yet written', () => {
    const list = complete(FILE, '{"builders": [], |}');
    assert.ok(labels(list).includes('provisioners') && labels(list).includes('variables'));
    assert.ok(!labels(list).includes('builders'));
  });

  it('offers a type first in a component without one', () => {
    assert.deepEqual(labels(complete(FILE, '{"builders": [{|}]}')), ['type']);
  });

  it('offers enum values, booleans and durations', () => {
    const enumList = complete(FILE, '{"builders": [{"type": "amazon-ebs", "communicator": "|"}]}');
    assert.equal(newText(item(enumList, 'winrm')), 'winrm');
    assert.equal(
      newText(item(complete(FILE, '{"builders": [{"type": "amazon-ebs", "communicator": |}]}'), '"winrm"')),
      '"winrm"',
    );
    const pause = complete(FILE, '{"builders": [], "provisioners": [{"type": "shell", "pause_before": "|"}]}');
    assert.ok(labels(pause).includes('5m'));
  });

  it('offers builder names in only and override', () => {
    const template =
      '{"builders": [{"type": "null", "name": "one"}, {"type": "docker"}], "provisioners": [{"type": "shell", X}]}';
    assert.deepEqual(labels(complete(FILE, template.replace('X', '"only": ["|"]'))), ['one', 'docker']);
    assert.deepEqual(labels(complete(FILE, template.replace('X', '"override": {|}'))), ['one', 'docker']);
  });

  it('offers template variables in {{user `|`}} and functions after {{', () => {
    const template = '{"variables": {"region": "x", "size": null}, "builders": [{"type": "null", "ssh_host": "X"}]}';
    assert.deepEqual(labels(complete(FILE, template.replace('X', '{{user `|`}}'))), ['region', 'size']);
    assert.ok(labels(complete(FILE, template.replace('X', '{{ |'))).includes('user'));
  });

  it('offers nothing in a template that is not a Packer template', () => {
    assert.deepEqual(labels(complete('other.json', '{"a": |}')), []);
  });
});

describe('legacy JSON completion: finer points', () => {
  it('offers the provisioner\u2019s own settings inside override.<builder>', () => {
    const list = complete(
      FILE,
      '{"builders": [{"type": "null"}], "provisioners": [{"type": "shell", "override": {"null": {|}}}]}',
    );
    assert.ok(labels(list).includes('inline'));
  });

  it('offers variable names in sensitive-variables', () => {
    const list = complete(FILE, '{"variables": {"password": null}, "sensitive-variables": ["|"], "builders": []}');
    assert.deepEqual(labels(list), ['password']);
    assert.equal(newText(item(list, 'password')), 'password');
  });

  it('survives a template cut short inside a builder', () => {
    const list = complete(FILE, '{\n  "builders": [\n    {\n      "type": "docker",\n      "|');
    assert.ok(labels(list).includes('image'));
  });
});

describe('legacy JSON completion: template actions', () => {
  const template = (builderValue: string, variableValue = 'x') =>
    `{"variables": {"home": "${variableValue}"}, "builders": [{"type": "qemu", "boot_command": ["${builderValue}"]}]}`;

  it('offers the fields the component fills in after {{ .', () => {
    const fields = labels(complete(FILE, template('{{ .|')));
    assert.ok(fields.includes('HTTPIP') && fields.includes('HTTPPort'));
    assert.ok(!fields.includes('SourceAMI'), 'an Amazon field is not offered in a qemu builder');
  });

  it('offers env only in a variable default', () => {
    assert.ok(!labels(complete(FILE, template('{{ |'))).includes('env'));
    assert.ok(labels(complete(FILE, template('', '{{ |'))).includes('env'));
  });

  it('inserts a function with its arguments as back-quoted tab stops', () => {
    const list = complete(FILE, template('{{ us|'));
    assert.equal(newText(item(list, 'user')), 'user `${1:name}`');
  });

  it('offers builder-specific functions only in those builders', () => {
    const amazon = '{"builders": [{"type": "amazon-ebs", "ami_name": "x {{ |"}]}';
    assert.ok(labels(complete(FILE, amazon)).includes('clean_resource_name'));
    assert.ok(!labels(complete(FILE, template('{{ |'))).includes('clean_resource_name'));
  });
});

describe('legacy JSON completion: pasted text', () => {
  it('reads a template with curly quotes as meant', () => {
    const list = complete(FILE, '{\u201cbuilders\u201d: [{\u201ctype\u201d: \u201cdocker\u201d, |}]}');
    assert.ok(labels(list).includes('image'));
  });
});
