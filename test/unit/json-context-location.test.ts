/**
 * The JSON path hover and completion start from is read from the innermost complete object around
 * the cursor instead of from the start of the file: at every offset of a template it must be what
 * jsonc-parser's getLocation reads from the start, and text with syntax errors is read whole.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLocation } from 'jsonc-parser';
import { analyseDocument } from '../../server/src/service/document';
import { locateInJson } from '../../server/src/service/features/context/jsonContext';

const template = `{
  "variables": { "region": "eu-west-1", "empty": "" },
  "builders": [
    {
      "type": "amazon-ebs",
      "name": "web",
      "region": "{{user \`region\`}}",
      "tags": { "Name": "web", "List": [1, [2, { "deep": true }], null] },
      "launch_block_device_mappings": [ { "device_name": "/dev/xvda" }, {} ]
    },
    { "type": "docker", "image": "debian" }
  ],
  "provisioners": [ { "type": "shell", "override": { "web": { "inline": ["a", "b"] } } } ],
  "post-processors": [ "compress", [ { "type": "manifest" }, "checksum" ] ]
}
`;

function assertSameAtEveryOffset(text: string): void {
  const document = analyseDocument({ uri: 'file:///t/template.json', version: 1, languageId: 'packer-json', text });
  for (let offset = 0; offset <= text.length; offset++) {
    const fromStart = getLocation(document.repairedText, offset);
    const located = locateInJson(document, offset);
    assert.deepEqual(
      located.path,
      fromStart.path,
      `path at ${offset}: ${JSON.stringify(text.slice(offset, offset + 12))}`,
    );
    if (located.property === undefined) assert.equal(located.onKey, fromStart.isAtPropertyKey, `key at ${offset}`);
  }
}

describe('JSON cursor path', () => {
  it('equals the path read from the start of the file at every offset of a template', () => {
    assertSameAtEveryOffset(template);
  });

  it('equals it in text with syntax errors, a trailing comma and a look-alike dash in a key', () => {
    assertSameAtEveryOffset(template.replace('"debian" }', '"debian", }'));
    assertSameAtEveryOffset(template.replace('"name": "web",', '"name": "web"'));
    assertSameAtEveryOffset(template.replace('"device_name"', '"device\u2013name"'));
    assertSameAtEveryOffset(template.slice(0, template.indexOf('"tags"') + 12));
  });
});
