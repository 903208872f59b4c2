/**
 * Document links on a virtual disk: which settings of which components link, how relative paths,
 * `${path.root}` and `{{template_dir}}` resolve, and what never links (missing files, URLs,
 * interpolation, downloads, output folders, variable files).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { FileReader } from '../../server/src/service/rules/rule';
import { createLanguageService } from '../../server/src/service/service';

const FOLDER = '/work/tpl';

/** Files on the virtual disk; a folder exists when some file is inside it. */
const DISK = [
  'scripts/setup.sh',
  'scripts/cleanup.sh',
  'http/preseed.cfg',
  'playbook.yml',
  'requirements.yml',
  'keys/id_ed25519',
  'user-data.txt',
  'files/app.conf',
  'vagrant/Vagrantfile.tpl',
  'iso/debian.iso',
  'out/image.qcow2',
  'cloud-init.yml',
].map((p) => path.join(FOLDER, p));

function virtualDisk(files: string[]): FileReader {
  const isFolder = (p: string) => files.some((f) => f.startsWith(`${p}/`));
  return {
    readText: (p) => (files.includes(p) ? '' : undefined),
    listDirectory: (p) =>
      isFolder(p) ? files.filter((f) => path.dirname(f) === p).map((f) => path.basename(f)) : undefined,
    stat: (p) => (files.includes(p) ? 'file' : isFolder(p) ? 'directory' : undefined),
  };
}

const service = createLanguageService(virtualDisk(DISK));

interface Shown {
  text: string;
  target: string;
  tooltip: string | undefined;
}

/** Each link as the text it covers, its target relative to the folder, and its tooltip. */
function links(name: string, text: string, languageId = name.endsWith('.json') ? 'packer-json' : 'packer'): Shown[] {
  const uri = `file://${FOLDER}/${name}`;
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return service.documentLinks({ uri, version: 1, languageId, text }).map((link) => ({
    text: text.slice(offset(link.range.start), offset(link.range.end)),
    target: (link.target ?? '').replace(`file://${FOLDER}/`, ''),
    tooltip: link.tooltip,
  }));
}

const texts = (found: Shown[]) => found.map((l) => l.text);

describe('document links in HCL2', () => {
  it('links provisioner scripts, a playbook and a file upload, with tooltips', () => {
    const found = links(
      'build.pkr.hcl',
      `build {
  sources = ["source.null.a"]
  provisioner "shell" {
    script = "scripts/setup.sh"
  }
  provisioner "shell" {
    scripts = ["scripts/setup.sh", "./scripts/cleanup.sh", "scripts/missing.sh"]
  }
  provisioner "ansible" {
    playbook_file   = "playbook.yml"
    galaxy_file     = "requirements.yml"
    extra_arguments = ["playbook.yml"]
  }
  provisioner "file" {
    source      = "files/app.conf"
    destination = "/etc/app.conf"
  }
  error-cleanup-provisioner "shell-local" {
    script = "scripts/cleanup.sh"
  }
}
`,
    );
    assert.deepEqual(found, [
      { text: 'scripts/setup.sh', target: 'scripts/setup.sh', tooltip: 'Open scripts/setup.sh' },
      { text: 'scripts/setup.sh', target: 'scripts/setup.sh', tooltip: 'Open scripts/setup.sh' },
      { text: './scripts/cleanup.sh', target: 'scripts/cleanup.sh', tooltip: 'Open scripts/cleanup.sh' },
      { text: 'playbook.yml', target: 'playbook.yml', tooltip: 'Open playbook.yml' },
      { text: 'requirements.yml', target: 'requirements.yml', tooltip: 'Open requirements.yml' },
      { text: 'files/app.conf', target: 'files/app.conf', tooltip: 'Open files/app.conf' },
      { text: 'scripts/cleanup.sh', target: 'scripts/cleanup.sh', tooltip: 'Open scripts/cleanup.sh' },
    ]);
  });

  it('links builder files and folders, local ISOs but not download URLs, and not the output folder', () => {
    const found = links(
      'sources.pkr.hcl',
      `source "qemu" "debian" {
  iso_urls             = ["iso/debian.iso", "https://example.com/debian.iso", "file://${FOLDER}/iso/debian.iso"]
  http_directory       = "http"
  floppy_files         = ["http/preseed.cfg", "http/*.cfg"]
  ssh_private_key_file = "keys/id_ed25519"
  output_directory     = "out"
}
source "amazon-ebs" "web" {
  user_data_file = "user-data.txt"
}
`,
    );
    assert.deepEqual(texts(found), [
      'iso/debian.iso',
      `file://${FOLDER}/iso/debian.iso`,
      'http',
      'http/preseed.cfg',
      'keys/id_ed25519',
      'user-data.txt',
    ]);
    assert.equal(found.find((l) => l.text === 'http')?.tooltip, 'Open http (folder)');
  });

  it('resolves ${path.root} and the first argument of the file functions', () => {
    const found = links(
      'main.pkr.hcl',
      `locals {
  setup  = "\${path.root}/scripts/setup.sh"
  config = file("cloud-init.yml")
  rendered = templatefile("\${path.root}/cloud-init.yml", { name = var.name })
  exists = fileexists("scripts/missing.sh")
  whole  = "\${path.root}"
  here   = fileset(".", "scripts/*.sh")
}
source "qemu" "x" {
  output_directory = "\${path.root}/out"
}
build {
  provisioner "shell" {
    script = "\${path.root}/scripts/setup.sh"
  }
}
`,
    );
    assert.deepEqual(found, [
      { text: '${path.root}/scripts/setup.sh', target: 'scripts/setup.sh', tooltip: 'Open scripts/setup.sh' },
      { text: 'cloud-init.yml', target: 'cloud-init.yml', tooltip: 'Open cloud-init.yml' },
      { text: '${path.root}/cloud-init.yml', target: 'cloud-init.yml', tooltip: 'Open cloud-init.yml' },
      { text: '${path.root}/scripts/setup.sh', target: 'scripts/setup.sh', tooltip: 'Open scripts/setup.sh' },
    ]);
  });

  it('skips what cannot be resolved: variables, other interpolation, downloads of the file provisioner', () => {
    const found = links(
      'skip.pkr.hcl',
      `build {
  provisioner "shell" {
    script  = var.script
    scripts = ["\${var.dir}/setup.sh", "\${path.cwd}/scripts/setup.sh"]
    inline  = ["scripts/setup.sh"]
  }
  provisioner "file" {
    direction   = "download"
    source      = "files/app.conf"
    destination = "files/app.conf"
  }
  provisioner "file" {
    direction = var.direction
    source    = "files/app.conf"
  }
  provisioner "powershell" {
    remote_path = "scripts/setup.sh"
  }
}
`,
    );
    assert.deepEqual(found, []);
  });

  it('links settings of a source refined inside a build, post-processor scripts, and both branches of a condition', () => {
    const found = links(
      'refine.pkr.hcl',
      `build {
  source "source.amazon-ebs.web" {
    user_data_file = "user-data.txt"
  }
  post-processors {
    post-processor "shell-local" {
      scripts = ["scripts/cleanup.sh"]
    }
  }
  post-processor "vagrant" {
    vagrantfile_template = "vagrant/Vagrantfile.tpl"
  }
  provisioner "shell" {
    script = var.script == "" ? ("\${path.root}/scripts/setup.sh") : var.script
  }
}
`,
    );
    assert.deepEqual(texts(found), [
      'user-data.txt',
      'scripts/cleanup.sh',
      'vagrant/Vagrantfile.tpl',
      '${path.root}/scripts/setup.sh',
    ]);
  });

  it('links in HCL2 JSON syntax too', () => {
    const text = JSON.stringify(
      { build: { provisioner: [{ shell: { script: 'scripts/setup.sh', inline: ['scripts/setup.sh'] } }] } },
      null,
      2,
    );
    assert.deepEqual(texts(links('build.pkr.json', text, 'packer-json')), ['scripts/setup.sh']);
  });

  it('links nothing in variable files, untitled documents, or half-typed text', () => {
    assert.deepEqual(links('vars.pkrvars.hcl', 'script = "scripts/setup.sh"\n', 'packer-vars'), []);
    const untitled = service.documentLinks({
      uri: 'untitled:Untitled-1',
      version: 1,
      languageId: 'packer',
      text: 'build {\n  provisioner "shell" {\n    script = "scripts/setup.sh"\n  }\n}\n',
    });
    assert.deepEqual(untitled, []);
    assert.deepEqual(texts(links('typing.pkr.hcl', 'build {\n  provisioner "shell" {\n    script = "scripts/se')), []);
    assert.deepEqual(
      texts(links('typing2.pkr.hcl', 'build {\n  provisioner "shell" {\n    script = "scripts/setup.sh"\n')),
      ['scripts/setup.sh'],
    );
  });
});

describe('document links in legacy JSON templates', () => {
  it('links provisioner, builder and post-processor paths, and {{template_dir}}', () => {
    const found = links(
      'template.json',
      `{
  "variables": { "dir": "{{template_dir}}/scripts", "name": "playbook.yml" },
  "builders": [
    { "type": "qemu", "iso_url": "iso/debian.iso", "http_directory": "http", "output_directory": "out" }
  ],
  "provisioners": [
    { "type": "shell", "scripts": ["scripts/setup.sh", "{{template_dir}}/scripts/cleanup.sh", "{{user \`dir\`}}/setup.sh"] },
    { "type": "ansible-local", "playbook_file": "playbook.yml", "playbook_dir": "files" },
    { "type": "file", "direction": "download", "source": "files/app.conf", "destination": "files/app.conf" }
  ],
  "post-processors": [[{ "type": "shell-local", "script": "scripts/cleanup.sh" }], "compress"]
}
`,
    );
    assert.deepEqual(texts(found), [
      '{{template_dir}}/scripts',
      'iso/debian.iso',
      'http',
      'scripts/setup.sh',
      '{{template_dir}}/scripts/cleanup.sh',
      'playbook.yml',
      'files',
      'scripts/cleanup.sh',
    ]);
    assert.equal(found[0]?.tooltip, 'Open scripts (folder)');
    assert.equal(found.find((l) => l.text === 'files')?.tooltip, 'Open files (folder)');
  });

  it('links nothing in JSON that is not a template, and survives broken JSON', () => {
    assert.deepEqual(links('other.json', '{ "script": "scripts/setup.sh" }', 'json'), []);
    const broken = links(
      'broken.json',
      '{ "builders": [], "provisioners": [{ "type": "shell", "script": "scripts/setup.sh", ',
    );
    assert.deepEqual(texts(broken), ['scripts/setup.sh']);
  });
});
