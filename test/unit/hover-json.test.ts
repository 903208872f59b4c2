/** Hover in legacy JSON templates, through the service façade. `|` marks the cursor. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cursorIn, hoverAt as hoverIn } from './hover-support';

const hoverAt = (marked: string, languageId = 'packer-json') => hoverIn(marked, 'template.json', {}, languageId);

/** The template with the cursor put `within` characters into the first `word`. */
const at = (text: string, word: string, within = 2) => cursorIn(text, word, within);

const TEMPLATE = `{
  "description": "A web image",
  "min_packer_version": "1.5.0",
  "variables": {
    "region": "us-east-1",
    "token": "abc123",
    "needed": null
  },
  "sensitive-variables": ["token"],
  "builders": [
    {
      "type": "amazon-ebs",
      "region": "{{user \`region\`}}",
      "source_ami_filter": {
        "owners": ["099720109477"],
        "most_recent": true
      },
      "instance_type": "t3.micro",
      "ssh_username": "ubuntu",
      "ami_name": "web-{{timestamp}}",
      "launch_block_device_mappings": [{ "volume_size": 20 }]
    }
  ],
  "provisioners": [
    {
      "type": "shell",
      "only": ["amazon-ebs"],
      "inline": ["echo {{user \`token\`}} {{user \`needed\`}}"],
      "override": { "amazon-ebs": { "pause_before": "5s" } }
    }
  ],
  "post-processors": ["compress", { "type": "manifest", "output": "out.json" }]
}`;

describe('hover in legacy JSON templates', () => {
  it('shows a builder setting with its type, requirement and docs link', () => {
    const { value, hovered } = hoverAt(at(TEMPLATE, '"ssh_username"'));
    assert.equal(hovered, '"ssh_username"');
    assert.match(value ?? '', /\*\*ssh_username\*\* · `string` — setting of the `amazon-ebs` builder/);
    assert.match(value ?? '', /\*\*Required\*\* when `communicator` is `ssh` \(the default\)/);
    assert.match(value ?? '', /\(https:\/\/developer\.hashicorp\.com\/.*#ssh_username\)/);
  });

  it('knows nested settings, in objects and in lists of objects', () => {
    const owners = hoverAt(at(TEMPLATE, '"owners"')).value ?? '';
    assert.match(owners, /\*\*owners\*\* · `list\(string\)` — setting of the `source_ami_filter` block/);
    assert.match(owners, /\*\*Required\.\*\*/);
    assert.match(hoverAt(at(TEMPLATE, '"volume_size"')).value ?? '', /`launch_block_device_mappings` block/);
    assert.match(hoverAt(at(TEMPLATE, '"source_ami_filter"')).value ?? '', /`block \(object\)`/);
    assert.match(
      hoverAt(at(TEMPLATE, '"launch_block_device_mappings"')).value ?? '',
      /`list of blocks \(array of objects\)`/,
    );
  });

  it('shows meta settings, also inside a provisioner override', () => {
    assert.match(
      hoverAt(at(TEMPLATE, '"only"')).value ?? '',
      /\*\*only\*\* · `list\(string\)` — setting of the `shell` provisioner/,
    );
    const paused = hoverAt(at(TEMPLATE, '"pause_before"'));
    assert.equal(paused.hovered, '"pause_before"');
    assert.match(paused.value ?? '', /`duration`/);
    assert.match(paused.value ?? '', /legacy_json_templates\/provisioners/);
  });

  it('describes component types, including a post-processor written as a string', () => {
    const type = hoverAt(at(TEMPLATE, '"amazon-ebs"'));
    assert.equal(type.hovered, '"amazon-ebs"');
    assert.match(type.value ?? '', /\*\*amazon-ebs\*\* · builder/);
    assert.match(hoverAt(at(TEMPLATE, '"compress"')).value ?? '', /\*\*compress\*\* · post-processor/);
    assert.match(hoverAt(at(TEMPLATE, '"manifest"')).value ?? '', /\*\*manifest\*\* · post-processor/);
  });

  it('explains the top-level keys', () => {
    for (const [key, expected] of [
      ['"builders"', /machines to build/],
      ['"variables"', /user-variables/],
      ['"min_packer_version"', /Older Packer versions/],
      ['"sensitive-variables"', /hides/],
      ['"post-processors"', /chain/],
    ] as const) {
      const { value, hovered } = hoverAt(at(TEMPLATE, key));
      assert.equal(hovered, key);
      assert.match(value ?? '', expected, key);
    }
  });

  it('shows a user variable from its {{user}} call and its declaration', () => {
    const used = hoverAt(at(TEMPLATE, '{{user `region`}}', 9));
    assert.equal(used.hovered, '{{user `region`}}');
    assert.match(used.value ?? '', /Default: `"us-east-1"`/);
    assert.match(used.value ?? '', /Declared in `template\.json:5`/);
    assert.match(used.value ?? '', /-var 'region=\.\.\.'/);
    assert.match(hoverAt(at(TEMPLATE, '"region": "us')).value ?? '', /Default: `"us-east-1"`/);
  });

  it('masks sensitive variables and flags required ones', () => {
    const token = hoverAt(at(TEMPLATE, '{{user `token`}}', 9)).value ?? '';
    assert.match(token, /Default: `\(sensitive\)`/);
    assert.doesNotMatch(token, /abc123/);
    assert.match(hoverAt(at(TEMPLATE, '["token"]', 3)).value ?? '', /sensitive/);
    assert.match(hoverAt(at(TEMPLATE, '{{user `needed`}}', 9)).value ?? '', /No default \(`null`\): required/);
  });

  it('says a removed key is removed', () => {
    const removed = hoverAt('{ "builders": [{ "type": "amazon-ebs", "clean_am|i_name": "x" }] }').value ?? '';
    assert.match(removed, /\*\*clean_ami_name\*\* · removed setting of the `amazon-ebs` builder/);
  });

  it('shows template functions', () => {
    const { value, hovered } = hoverAt(at(TEMPLATE, '{{timestamp}}', 4));
    assert.equal(hovered, '{{timestamp}}');
    assert.match(value ?? '', /timestamp\(\)/);
  });

  it('never throws anywhere in a template cut short at any point', () => {
    for (let cut = 0; cut <= TEMPLATE.length; cut += 29) {
      const text = TEMPLATE.slice(0, cut);
      for (let offset = 0; offset <= text.length; offset += 5) {
        const marked = text.slice(0, offset) + '|' + text.slice(offset);
        assert.doesNotThrow(() => hoverAt(marked), `cut ${cut}, offset ${offset}`);
      }
    }
  });

  it('stays quiet elsewhere and never throws on broken text', () => {
    assert.equal(hoverAt(at(TEMPLATE, '"t3.micro"')).value, undefined);
    assert.equal(hoverAt('{ "a": 1| }', 'json').value, undefined);
    for (const broken of [
      '{ "builders": [ { "type": "amazon-ebs", "ami_|',
      '|',
      '{ "builders": [ { "type": |',
      '[1,|',
      '{ "variables": { "a|',
    ]) {
      assert.doesNotThrow(() => hoverAt(broken));
    }
  });
});
