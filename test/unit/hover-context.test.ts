/**
 * The cursor-context locator that hover (and completion) start from. `|` marks the cursor.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseDocument } from '../../server/src/service/document';
import { FolderModel } from '../../server/src/service/model/hcl/folder';
import { locateCursor, type CursorContext } from '../../server/src/service/features/context';

function locate(
  marked: string,
  uri: string,
  languageId = uri.endsWith('.hcl') ? 'packer' : 'packer-json',
): CursorContext | undefined {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the text marks the cursor with |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const folders = new FolderModel({ listDirectory: () => [], readText: () => undefined, openText: () => undefined });
  return locateCursor(analyseDocument({ uri, version: 1, languageId, text }, folders), offset);
}

function hcl(marked: string) {
  const context = locate(marked, 'file:///ctx/main.pkr.hcl');
  assert.ok(context?.format === 'hcl');
  return context;
}

function json(marked: string) {
  const context = locate(marked, 'file:///ctx/template.json');
  assert.ok(context?.format === 'json');
  return context;
}

describe('cursor context in HCL2', () => {
  it('gives the enclosing blocks, the component and the nested-block path', () => {
    const context = hcl(`build {
  provisioner "shell" {
    inline = ["a"]
  }
  post-processors {
    post-processor "manifest" {
      out|put = "x"
    }
  }
}`);
    assert.deepEqual(
      context.blocks.map((b) => b.type),
      ['build', 'post-processors', 'post-processor'],
    );
    assert.equal(context.component?.kind, 'post-processor');
    assert.equal(context.component?.type, 'manifest');
    assert.ok(context.component?.schema !== undefined);
    assert.deepEqual(context.component?.path, []);
    assert.equal(context.target.kind, 'attributeName');
  });

  it('reads dynamic blocks as the blocks they write', () => {
    const context = hcl(`source "amazon-ebs" "x" {
  dynamic "launch_block_device_mappings" {
    for_each = var.disks
    content {
      volume_size = |1
    }
  }
}`);
    assert.deepEqual(context.component?.path, ['launch_block_device_mappings']);
    assert.equal(context.target.kind, 'expression');
  });

  it('finds a build-level source as a builder of the referenced type', () => {
    const context = hcl('build {\n  source "source.docker.x" {\n    ima|ge = "a"\n  }\n}');
    assert.equal(context.component?.kind, 'builder');
    assert.equal(context.component?.type, 'docker');
  });

  it('tells block keywords, labels and attribute names apart', () => {
    assert.equal(hcl('sou|rce "docker" "x" {}').target.kind, 'blockType');
    const label = hcl('source "docker" "x|" {}').target;
    assert.ok(label.kind === 'blockLabel' && label.index === 1 && label.label.value === 'x');
    assert.equal(hcl('source "docker" "x" {\n  |\n}').target.kind, 'body');
  });

  it('finds the traversal step and the function call under the cursor', () => {
    const step = hcl('locals {\n  a = data.amazon-ami.ubuntu.i|d\n}').target;
    assert.ok(step.kind === 'expression' && step.traversal !== undefined);
    assert.equal(step.traversal.traversal.root, 'data');
    assert.equal(step.traversal.stepIndex, 2);
    const root = hcl('locals {\n  a = v|ar.x\n}').target;
    assert.ok(root.kind === 'expression' && root.traversal?.stepIndex === -1);
    const call = hcl('locals {\n  a = upper(lo|wer("x"))\n}').target;
    assert.ok(call.kind === 'expression' && call.call?.name === 'lower');
    const inString = hcl('locals {\n  a = "x-${var.y}-z|z"\n}').target;
    assert.ok(inString.kind === 'expression' && inString.literal?.value === '-zz');
  });

  it('counts the end of a half-typed word as inside it', () => {
    const typing = hcl('locals {\n  a = var.reg|\n}').target;
    assert.ok(typing.kind === 'expression' && typing.traversal?.stepIndex === 0);
  });

  it('never throws on broken text', () => {
    for (const text of [
      '|',
      'source "docker" {|',
      'build {\n provisioner "shell" {\n inline = [var.|',
      '}}}|{{{',
      'a = (|',
    ]) {
      assert.doesNotThrow(() => hcl(text));
    }
  });
});

describe('cursor context in legacy JSON templates', () => {
  const TEMPLATE = `{
  "builders": [{ "type": "amazon-ebs", "source_ami_filter": { "own|ers": ["1"] } }],
  "provisioners": [{ "type": "shell", "override": { "amazon-ebs": { "inline": ["x"] } } }]
}`;

  it('gives the JSON path, the key and the setting path inside the component', () => {
    const context = json(TEMPLATE);
    assert.deepEqual(context.path, ['builders', 0, 'source_ami_filter', 'owners']);
    assert.equal(context.onKey, true);
    assert.equal(context.property?.key, 'owners');
    assert.equal(context.component?.component.kind, 'builder');
    assert.deepEqual(context.component?.settingPath, ['source_ami_filter', 'owners']);
  });

  it('starts the setting path again inside a provisioner override', () => {
    const context = json(TEMPLATE.replace('own|ers', 'owners').replace('"inline"', '"in|line"'));
    assert.equal(context.component?.inOverride, true);
    assert.deepEqual(context.component?.settingPath, ['inline']);
  });

  it('sees values and the template level', () => {
    const value = json(
      TEMPLATE.replace('own|ers', 'owners').replace('"amazon-ebs", "source', '"amazon-e|bs", "source'),
    );
    assert.equal(value.onKey, false);
    assert.equal(value.value?.type, 'string');
    const top = json(TEMPLATE.replace('own|ers', 'owners').replace('"builders"', '"buil|ders"'));
    assert.equal(top.component, undefined);
    assert.deepEqual(top.path, ['builders']);
  });

  it('gives no context for JSON that is not a template', () => {
    assert.equal(locate('{ "a|": 1 }', 'file:///ctx/package.json', 'json'), undefined);
  });
});
