/**
 * Completion in HCL2's JSON syntax (`*.pkr.json`, `*.pkrvars.json`), with `|` at the cursor: the
 * JSON path read as HCL reads it, with Packer's block schema.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accept, complete, item, labels, newText } from './completion-support';

const FILE = 'build.pkr.json';

describe('completion in *.pkr.json', () => {
  it('offers the top-level blocks', () => {
    const list = complete(FILE, '{\n  |\n}\n');
    assert.ok(labels(list).includes('source') && labels(list).includes('build') && labels(list).includes('variable'));
    assert.equal(newText(item(list, 'build')), '"build": {\n  $0\n}');
  });

  it('offers builder types where the first label of a source goes, with the name level', () => {
    const list = complete(FILE, '{\n  "source": {\n    |\n  }\n}\n');
    assert.equal(newText(item(list, 'amazon-ebs')), '"amazon-ebs": {\n  "${1:name}": {\n    $0\n  }\n}');
  });

  it('offers the settings of a source, set ones left out', () => {
    const marked = '{"source": {"amazon-ebs": {"web": {"region": "x", "ami|"}}}}';
    const list = complete(FILE, marked);
    assert.ok(!labels(list).includes('region'));
    assert.equal(
      accept(marked, item(list, 'ami_name')),
      '{"source": {"amazon-ebs": {"web": {"region": "x", "ami_name": ""}}}}',
    );
  });

  it('offers provisioner types and settings inside build, arrays of blocks allowed', () => {
    assert.ok(labels(complete(FILE, '{"build": {"provisioner": [{|}]}}')).includes('shell'));
    const settings = labels(complete(FILE, '{"build": {"provisioner": [{"shell": {|}}]}}'));
    assert.ok(settings.includes('inline') && settings.includes('pause_before'));
  });

  it('offers nested block settings and values', () => {
    const nested = complete(FILE, '{"source": {"amazon-ebs": {"x": {"launch_block_device_mappings": [{|}]}}}}');
    assert.ok(labels(nested).includes('volume_size'));
    const values = complete(FILE, '{"source": {"amazon-ebs": {"x": {"communicator": "|"}}}}');
    assert.ok(labels(values).includes('winrm'));
  });

  it('offers the folder\u2019s sources in build sources and in a build source label', () => {
    const others = { 'sources.pkr.hcl': 'source "null" "a" {\n  communicator = "none"\n}\n' };
    assert.deepEqual(labels(complete(FILE, '{"build": {"sources": ["|"]}}', others)), ['source.null.a']);
    assert.deepEqual(labels(complete(FILE, '{"build": {"source": {|}}}', others)), ['source.null.a']);
  });

  it('offers the folder\u2019s variables as keys of a variable file', () => {
    const others = { 'variables.pkr.hcl': 'variable "region" {}\nvariable "size" {}\n' };
    assert.deepEqual(labels(complete('prod.pkrvars.json', '{"size": 1, |}', others)), ['region']);
  });
});

describe('completion in ${ } of *.pkr.json strings', () => {
  const others = { 'variables.pkr.hcl': 'variable "region" {}\nlocals {\n  stamp = "x"\n}\n' };

  it('offers the folder\u2019s variables and locals after var. and local.', () => {
    const marked = '{"source": {"null": {"x": {"communicator": "a-${var.|}"}}}}';
    const list = complete(FILE, marked, others);
    assert.deepEqual(labels(list), ['region']);
    assert.equal(
      accept(marked, item(list, 'region')),
      '{"source": {"null": {"x": {"communicator": "a-${var.region}"}}}}',
    );
    assert.ok(labels(complete(FILE, '{"locals": {"y": "${local.|}"}}', others)).includes('stamp'));
  });

  it('offers roots and functions in an open ${, and nothing once it is closed', () => {
    const list = complete(FILE, '{"source": {"null": {"x": {"communicator": "${up|"}}}}');
    assert.ok(labels(list).includes('upper') && labels(list).includes('var.'));
    assert.ok(!labels(list).includes('env'));
    assert.ok(labels(complete(FILE, '{"variable": {"home": {"default": "${en|}"}}}')).includes('env'));
    const closed = complete(FILE, '{"source": {"null": {"x": {"communicator": "${var.a} |"}}}}');
    assert.ok(!labels(closed).includes('upper'));
  });
});
