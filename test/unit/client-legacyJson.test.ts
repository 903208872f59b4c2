import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLegacyJsonTemplate } from '../../client/src/legacyJson';

// The lab template as given: one line, a trailing comma after source_ami_filter, curly quotes (U+201C/D).
const LAB =
  '{   "builders": [{   "type": "amazon-ebs",   "region": "us-east-1",   "source_ami_filter": {     "filters": {       "virtualization-type": "hvm",       "name": "amzn2-ami-hvm*",       "root-device-type": "ebs"     },     "owners": ["amazon"],     "most_recent": true   },   }],   "provisioners":[{     "type":"shell",     "inline":[       \u201csudo apt update\u201d,       \u201csudo apt install -y nginx\u201d     ]   }] }';

describe('isLegacyJsonTemplate', () => {
  it('recognises the broken lab template', () => {
    assert.equal(isLegacyJsonTemplate(LAB), true);
  });

  it('recognises well-formed and commented templates', () => {
    assert.equal(isLegacyJsonTemplate('{"builders": [{"type": "null"}]}'), true);
    assert.equal(isLegacyJsonTemplate('// x\n{\n  "variables": {},\n  "builders": [],\n}\n'), true);
  });

  it('leaves other JSON alone', () => {
    assert.equal(isLegacyJsonTemplate('{"name": "x", "version": "1.0.0", "scripts": {"builders": "x"}}'), false); // package.json
    assert.equal(isLegacyJsonTemplate('{"compilerOptions": {"strict": true}}'), false); // tsconfig.json
    assert.equal(isLegacyJsonTemplate('{"builders": {"type": "null"}}'), false); // not an array
    assert.equal(isLegacyJsonTemplate('[{"builders": []}]'), false); // not at the top level
    assert.equal(isLegacyJsonTemplate('{"x": {"builders": []}}'), false);
    assert.equal(isLegacyJsonTemplate('{"source": {"null": {"x": {}}}}'), false); // HCL2 JSON
    assert.equal(isLegacyJsonTemplate(''), false);
  });
});
