/**
 * An HCL2 configuration is a folder, over a real stdio connection: three files that are fine
 * together, an unsaved change in one file that changes what another open file shows, and a file
 * created on disk that the server sees once the client says so (workspace/didChangeWatchedFiles).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';

const VARIABLES = `variable "region" {
  type    = string
  default = "us-east-1"
}

variable "ami_prefix" {
  type    = string
  default = "web"
}
`;

const SOURCES = `source "amazon-ebs" "web" {
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ami_name      = "\${var.ami_prefix}-{{timestamp}}"
  ssh_username  = "ec2-user"
}
`;

const BUILD = `build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    inline = ["echo built in \${var.region}"]
  }
}
`;

const EXTRA = `source "amazon-ebs" "web" {
  region        = "eu-west-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ami_name      = "copy"
  ssh_username  = "ec2-user"
}
`;

const FILE_CREATED = 1;
const FILE_DELETED = 3;

const problems = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${String(d.code)}: ${messageText(d)}`);

describe('an HCL2 configuration folder', () => {
  let client: LspTestClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-folder-'));
    fs.writeFileSync(path.join(folder, 'variables.pkr.hcl'), VARIABLES);
    fs.writeFileSync(path.join(folder, 'sources.pkr.hcl'), SOURCES);
    fs.writeFileSync(path.join(folder, 'build.pkr.hcl'), BUILD);
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('has no findings when its three files are open', async () => {
    // Opening a file checks its open folder-mates again: wait for those too, so none is still on its way.
    const variables = await client.open(uri('variables.pkr.hcl'), 'packer', VARIABLES);
    const variablesAgain = client.waitForDiagnostics(uri('variables.pkr.hcl'), 1);
    const sources = await client.open(uri('sources.pkr.hcl'), 'packer', SOURCES);
    const variablesThird = client.waitForDiagnostics(uri('variables.pkr.hcl'), 1);
    const sourcesAgain = client.waitForDiagnostics(uri('sources.pkr.hcl'), 1);
    await variablesAgain;
    const build = await client.open(uri('build.pkr.hcl'), 'packer', BUILD);
    const [variablesLast, sourcesLast] = await Promise.all([variablesThird, sourcesAgain]);
    for (const found of [variables, sources, build, variablesLast, sourcesLast]) assert.deepEqual(problems(found), []);
  });

  it('shows an unsaved change in one file in the findings of another', async () => {
    const withoutRegion = VARIABLES.slice(VARIABLES.indexOf('variable "ami_prefix"'));
    let sources = client.waitForDiagnostics(uri('sources.pkr.hcl'), 1);
    let build = client.waitForDiagnostics(uri('build.pkr.hcl'), 1);
    await client.change(uri('variables.pkr.hcl'), withoutRegion);
    const [inSources, inBuild] = await Promise.all([sources, build]);
    assert.ok(
      problems(inSources).some((p) => p.startsWith('undefined-reference') && p.includes('region')),
      problems(inSources).join('\n'),
    );
    assert.ok(
      problems(inBuild).some((p) => p.includes('region')),
      problems(inBuild).join('\n'),
    );
    // Undone without saving: the other files are fine again.
    sources = client.waitForDiagnostics(uri('sources.pkr.hcl'), 1);
    build = client.waitForDiagnostics(uri('build.pkr.hcl'), 1);
    await client.change(uri('variables.pkr.hcl'), VARIABLES);
    assert.deepEqual(problems(await sources), []);
    assert.deepEqual(problems(await build), []);
  });

  it('sees a file created on disk once the client reports it', async () => {
    const extra = path.join(folder, 'extra.pkr.hcl');
    fs.writeFileSync(extra, EXTRA);
    let sources = client.waitForDiagnostics(uri('sources.pkr.hcl'), 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(extra).href, type: FILE_CREATED }],
    });
    // The files are read in name order: extra.pkr.hcl declares the source first.
    const duplicate = problems(await sources);
    assert.equal(duplicate.length, 1, duplicate.join('\n'));
    assert.match(
      duplicate[0] ?? '',
      /^duplicate-source: Duplicate source block: .* already declared in extra\.pkr\.hcl/,
    );

    fs.rmSync(extra);
    sources = client.waitForDiagnostics(uri('sources.pkr.hcl'), 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(extra).href, type: FILE_DELETED }],
    });
    assert.deepEqual(problems(await sources), []);
  });
});
