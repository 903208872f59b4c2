/**
 * Completion in HCL2 files, with `|` at the cursor: settings of the component under the cursor,
 * block types where they may stand, component types in labels, values, names from the folder and
 * functions — in half-typed text as much as in finished text.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getComponentSchema } from '../../server/src/service/schema/schemaStore';
import { accept, complete, item, labels, newText, sorted } from './completion-support';

const FILE = 'build.pkr.hcl';

describe('HCL2 completion: settings of a component', () => {
  it('offers the settings of the source under the cursor, required ones first, set ones left out', () => {
    const list = complete(FILE, 'source "amazon-ebs" "web" {\n  region = "us-east-1"\n  |\n}\n');
    const names = labels(list);
    assert.ok(names.includes('ami_name') && names.includes('instance_type'));
    assert.ok(!names.includes('region'), 'region is set already');
    assert.ok(!names.includes('type') && !names.includes('packer_build_name'));
    assert.equal(sorted(list)[0], 'ami_name');
    assert.match(item(list, 'ami_name').detail ?? '', /string, required/);
    // What the setting does (when the schema says), then the link to its documentation.
    const property = getComponentSchema('builder', 'amazon-ebs')?.properties.ami_name;
    const documentation = item(list, 'ami_name').documentation;
    const markdown = typeof documentation === 'object' ? documentation.value : '';
    assert.ok(markdown.startsWith(property?.description ?? '['), markdown);
    assert.ok(markdown.includes(`(${property?.['x-packer-docs']})`), markdown);
  });

  it('ranks what the default communicator needs with the required settings, until another one is chosen', () => {
    const list = complete(FILE, 'source "amazon-ebs" "web" {\n  |\n}\n');
    assert.deepEqual(sorted(list).slice(0, 2), ['ami_name', 'ssh_username']);
    assert.match(item(list, 'ssh_username').detail ?? '', /required/);
    const none = complete(FILE, 'source "amazon-ebs" "web" {\n  communicator = "none"\n  |\n}\n');
    assert.doesNotMatch(item(none, 'ssh_username').detail ?? '', /required/);
  });

  it('finds the block while the setting name is half-typed and the block is not closed', () => {
    const marked = 'source "amazon-ebs" "x" {\n  reg|\n';
    const list = complete(FILE, marked);
    const region = item(list, 'region');
    assert.equal(newText(region), 'region = "$1"');
    assert.equal(accept(marked, region), 'source "amazon-ebs" "x" {\n  region = ""\n');
  });

  it('counts settings written after the cursor as set', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  |\n  ami_name = "a"\n}\n');
    assert.ok(!labels(list).includes('ami_name'));
  });

  it('writes each value type in its shape', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  |\n}\n');
    assert.equal(newText(item(list, 'ssh_port')), 'ssh_port = $1');
    assert.equal(newText(item(list, 'ebs_optimized')), 'ebs_optimized = ${1|true,false|}');
    assert.equal(newText(item(list, 'ami_regions')), 'ami_regions = [$1]');
    assert.equal(newText(item(list, 'tags')), 'tags = {\n  $1\n}');
    assert.equal(newText(item(list, 'launch_block_device_mappings')), 'launch_block_device_mappings {\n  $0\n}');
    assert.equal(
      newText(item(list, 'communicator')),
      'communicator = "${1|ssh,winrm,none,docker,dockerWindowsContainer|}"',
    );
  });

  it('offers the settings of a nested block by its own schema', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  launch_block_device_mappings {\n    |\n  }\n}\n');
    assert.ok(labels(list).includes('volume_size'));
    assert.ok(!labels(list).includes('ami_name'));
  });

  it('offers provisioner settings and their meta settings inside build', () => {
    const list = complete(FILE, 'build {\n  provisioner "shell" {\n    inline = ["x"]\n    |\n  }\n}\n');
    const names = labels(list);
    for (const name of ['script', 'pause_before', 'max_retries', 'timeout', 'only', 'except', 'override', 'name']) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(!names.includes('inline') && !names.includes('type'));
  });

  it('offers keep_input_artifact in a chained post-processor', () => {
    const list = complete(
      FILE,
      'build {\n  post-processors {\n    post-processor "manifest" {\n      |\n    }\n  }\n}\n',
    );
    assert.ok(labels(list).includes('keep_input_artifact'));
    assert.ok(labels(list).includes('output'));
  });

  it('offers data source settings', () => {
    const list = complete(FILE, 'data "amazon-ami" "ubuntu" {\n  |\n}\n');
    assert.ok(labels(list).includes('filters'));
  });
});

describe('HCL2 completion: block types', () => {
  it('offers the top-level blocks in an empty file', () => {
    const list = complete(FILE, '|');
    for (const name of ['variable', 'locals', 'local', 'source', 'data', 'build', 'packer']) {
      assert.ok(labels(list).includes(name), name);
    }
    assert.ok(!labels(list).includes('communicator'));
    assert.equal(newText(item(list, 'source')), 'source "$1" "${2:name}" {\n  $0\n}');
  });

  it('offers what a build block holds', () => {
    const list = complete(FILE, 'build {\n  sources = ["source.null.x"]\n  |\n}\n');
    const names = labels(list);
    for (const name of [
      'source',
      'provisioner',
      'post-processor',
      'post-processors',
      'error-cleanup-provisioner',
      'hcp_packer_registry',
    ]) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(!names.includes('sources'), 'sources is set already');
  });

  it('offers what a variable block holds', () => {
    const list = complete(FILE, 'variable "region" {\n  |\n}\n');
    assert.deepEqual(labels(list).sort(), ['default', 'description', 'sensitive', 'type', 'validation']);
  });

  it('offers required_version and required_plugins inside packer', () => {
    assert.deepEqual(labels(complete(FILE, 'packer {\n  |\n}\n')).sort(), ['required_plugins', 'required_version']);
  });
});

describe('HCL2 completion: labels', () => {
  it('offers builder types with a summary in a source label', () => {
    const list = complete(FILE, 'source "|"');
    const ebs = item(list, 'amazon-ebs');
    assert.ok((ebs.detail ?? '').length > 10);
    assert.equal(newText(ebs), 'amazon-ebs');
  });

  it('replaces the half-typed label', () => {
    const marked = 'source "ama|" "x" {\n}\n';
    assert.equal(accept(marked, item(complete(FILE, marked), 'amazon-ebs')), 'source "amazon-ebs" "x" {\n}\n');
  });

  it('offers provisioner, post-processor and data source types', () => {
    assert.ok(labels(complete(FILE, 'build {\n  provisioner "|"\n}\n')).includes('shell'));
    assert.ok(labels(complete(FILE, 'build {\n  post-processor "|"\n}\n')).includes('manifest'));
    assert.ok(labels(complete(FILE, 'data "|"')).includes('amazon-ami'));
  });

  it('quotes a type offered before the quote is typed', () => {
    assert.equal(newText(item(complete(FILE, 'source |'), 'null')), '"null"');
  });

  it('offers the sources of the folder in a source label inside build', () => {
    const list = complete(FILE, 'build {\n  source "|" {\n  }\n}\n', {
      'sources.pkr.hcl': 'source "null" "a" {\n  communicator = "none"\n}\n',
    });
    assert.deepEqual(labels(list), ['source.null.a']);
  });
});

describe('HCL2 completion: values and names', () => {
  const VARIABLES =
    'variable "region" {\n  default = "us-east-1"\n}\nlocals {\n  stamp = "x"\n}\ndata "amazon-ami" "ubuntu" {\n  filters = {}\n}\n';

  it('offers variables declared in another file of the folder after var.', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  region = var.|\n', { 'variables.pkr.hcl': VARIABLES });
    assert.deepEqual(labels(list), ['region']);
  });

  it('offers locals after local. and data sources step by step after data.', () => {
    const others = { 'variables.pkr.hcl': VARIABLES };
    assert.ok(labels(complete(FILE, 'locals {\n  x = local.|\n}\n', others)).includes('stamp'));
    assert.deepEqual(labels(complete(FILE, 'locals {\n  x = data.|\n}\n', others)), ['amazon-ami']);
    assert.deepEqual(labels(complete(FILE, 'locals {\n  x = data.amazon-ami.|\n}\n', others)), ['ubuntu']);
    assert.ok(labels(complete(FILE, 'locals {\n  x = data.amazon-ami.ubuntu.|\n}\n', others)).includes('id'));
  });

  it('replaces only the part after the dot', () => {
    const marked = 'locals {\n  x = "${var.re|}"\n}\n';
    const list = complete(FILE, marked, { 'variables.pkr.hcl': VARIABLES });
    assert.equal(accept(marked, item(list, 'region')), 'locals {\n  x = "${var.region}"\n}\n');
  });

  it('offers enum values, quoted or inside the quotes', () => {
    const bare = complete(FILE, 'source "amazon-ebs" "x" {\n  communicator = |\n}\n');
    assert.equal(newText(item(bare, '"winrm"')), '"winrm"');
    const inString = complete(FILE, 'source "amazon-ebs" "x" {\n  communicator = "w|"\n}\n');
    assert.ok(labels(inString).includes('winrm'));
  });

  it('offers booleans and durations', () => {
    assert.ok(labels(complete(FILE, 'source "amazon-ebs" "x" {\n  ebs_optimized = |\n}\n')).includes('true'));
    const durations = labels(complete(FILE, 'build {\n  provisioner "shell" {\n    pause_before = "|"\n  }\n}\n'));
    assert.ok(durations.includes('5m') && durations.includes('30s'));
  });

  it('offers the sources of the folder inside sources = [...]', () => {
    const others = { 'sources.pkr.hcl': 'source "null" "a" {\n  communicator = "none"\n}\n' };
    assert.deepEqual(labels(complete(FILE, 'build {\n  sources = ["|"]\n}\n', others)), ['source.null.a']);
    assert.equal(
      newText(item(complete(FILE, 'build {\n  sources = [|]\n}\n', others), 'source.null.a')),
      '"source.null.a"',
    );
  });

  it('offers source. and build. variables only where Packer allows them', () => {
    const provisioner = 'build {\n  provisioner "shell" {\n    inline = [X]\n  }\n}\n';
    assert.deepEqual(labels(complete(FILE, provisioner.replace('X', 'source.|'))), ['name', 'type']);
    assert.ok(labels(complete(FILE, provisioner.replace('X', 'build.|'))).includes('Host'));
    assert.deepEqual(labels(complete(FILE, 'source "null" "x" {\n  communicator = build.|\n}\n')), []);
  });

  it('offers functions with a snippet of their parameters', () => {
    const list = complete(FILE, 'locals {\n  x = up|\n}\n');
    assert.equal(newText(item(list, 'upper')), 'upper(${1:str})');
    assert.ok(labels(list).includes('var.'));
  });

  it('offers the folder variables in a variable file', () => {
    const list = complete('prod.pkrvars.hcl', 'region = "x"\n|', {
      'variables.pkr.hcl': VARIABLES + 'variable "size" {}\n',
    });
    assert.deepEqual(labels(list), ['size']);
  });

  it('writes each variable of a variable file in the shape of its declared type', () => {
    const declarations =
      'variable "name" {\n  type = string\n}\nvariable "zones" {\n  type = list(string)\n}\n' +
      'variable "tags" {\n  type = map(string)\n}\nvariable "debug" {\n  type = bool\n}\nvariable "any" {}\n';
    const list = complete('prod.pkrvars.hcl', '|', { 'variables.pkr.hcl': declarations });
    assert.equal(newText(item(list, 'name')), 'name = "$1"');
    assert.equal(newText(item(list, 'zones')), 'zones = [$1]');
    assert.equal(newText(item(list, 'tags')), 'tags = {\n  $1\n}');
    assert.equal(newText(item(list, 'debug')), 'debug = ${1|true,false|}');
    assert.equal(newText(item(list, 'any')), 'any = $1');
  });

  it('offers nothing inside a comment', () => {
    assert.deepEqual(labels(complete(FILE, '# sou|\n')), []);
  });
});

describe('HCL2 completion: finer points', () => {
  it('offers the settings of the block a dynamic block writes, in its content', () => {
    const list = complete(
      FILE,
      'source "amazon-ebs" "x" {\n  dynamic "launch_block_device_mappings" {\n    for_each = []\n    content {\n      |\n    }\n  }\n}\n',
    );
    assert.ok(labels(list).includes('volume_size'));
  });

  it('offers nothing where an object key is written', () => {
    assert.deepEqual(labels(complete(FILE, 'source "amazon-ebs" "x" {\n  tags = {\n    |\n  }\n}\n')), []);
    assert.deepEqual(labels(complete(FILE, 'source "amazon-ebs" "x" {\n  tags = { Name = "a", |}\n}\n')), []);
  });

  it('offers source names in a provisioner\u2019s only', () => {
    const others = { 'sources.pkr.hcl': 'source "null" "a" {\n  communicator = "none"\n}\n' };
    const list = complete(FILE, 'build {\n  provisioner "shell" {\n    only = ["|"]\n  }\n}\n', others);
    assert.deepEqual(labels(list), ['null.a']);
    const bare = complete(FILE, 'build {\n  provisioner "shell" {\n    only = [|]\n  }\n}\n', others);
    assert.equal(newText(item(bare, 'null.a')), '"null.a"');
  });

  it('offers no expressions in a variable file', () => {
    assert.deepEqual(labels(complete('prod.pkrvars.hcl', 'region = |\n')), []);
  });

  it('stops ranking the alternatives of a one-of-required group once one is written', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  source_ami = "ami-1"\n  |\n}\n');
    assert.doesNotMatch(item(list, 'source_ami_filter').detail ?? '', /required/);
    assert.match(item(list, 'instance_type').detail ?? '', /one of these is required/);
  });

  it('keeps finding its place after an unclosed bracket on an earlier line', () => {
    const list = complete(FILE, 'source "amazon-ebs" "x" {\n  ami_regions = ["a",\n  ssh_port = 22\n  |\n}\n');
    assert.ok(labels(list).includes('ami_name'));
    assert.ok(!labels(list).includes('ssh_port'));
  });

  it('offers variable types after type =', () => {
    assert.ok(labels(complete(FILE, 'variable "x" {\n  type = |\n}\n')).includes('list(string)'));
  });
});
