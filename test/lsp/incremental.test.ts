/**
 * Typing inside the blocks of an open HCL2 file, as an editor sends keystrokes (one small change per
 * version): the server reads only the edited block again and carries the other blocks' findings
 * over. What it publishes after each keystroke must equal what it publishes for the same text
 * opened afresh.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient, withBound } from '../support/lspClient';

const TEXT = `variable "region" {
  type    = string
  default = "us-east-1"
}

source "amazon-ebs" "web" {
  ami_name      = "web"
  instance_type = "t3.micro"
  region        = var.region
  source_ami    = "ami-123"
  ssh_username  = "ubuntu"
}

source "amazon-ebs" "db" {
  ami_name      = "db"
  instance_typ  = "t3.micro"
  region        = var.regon
  source_ami    = "ami-456"
  ssh_username  = "ec2-user"
}

build {
  sources = ["source.amazon-ebs.web"]
  provisioner "shell" {
    inline = ["sudo yum install -y nginx"]
  }
}
`;

const comparable = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, data: { ...(d.data as object), version: 0 } }));

describe('typing inside blocks', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes after each keystroke what a fresh analysis of the same text finds', async () => {
    const uri = 'file:///w/typing/main.pkr.hcl';
    const opened = await client.open(uri, 'packer', TEXT);
    assert.ok(
      opened.some((d) => d.code === 'unknown-setting'),
      opened.map((d) => d.code).join(', '),
    );
    let text = TEXT;
    // "ubuntu" -> "ubuntu22" in the first source (used by the build), then a typo in the second.
    const keystrokes = [
      { line: 10, character: 24, text: '2' },
      { line: 10, character: 25, text: '2' },
      { line: 16, character: 26, text: 'i' },
      { line: 24, character: 19, text: 'x' },
    ];
    const offset = (line: number, character: number) =>
      text
        .split('\n')
        .slice(0, line)
        .reduce((n, l) => n + l.length + 1, 0) + character;
    for (const key of keystrokes) {
      const at = { line: key.line, character: key.character };
      const version = await client.sendChange(uri, { range: { start: at, end: at }, text: key.text });
      const typed = await withBound(client.waitForDiagnostics(uri, version), `diagnostics of version ${version}`);
      const where = offset(key.line, key.character);
      text = text.slice(0, where) + key.text + text.slice(where);
      const freshUri = `file:///w/fresh${version}/main.pkr.hcl`;
      const fresh = await client.open(freshUri, 'packer', text);
      await client.close(freshUri);
      assert.deepEqual(
        comparable(typed),
        comparable(fresh),
        `after typing ${JSON.stringify(key.text)} at ${key.line}:${key.character}`,
      );
    }
  });
});
