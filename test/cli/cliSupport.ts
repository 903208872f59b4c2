/**
 * Running the real `packer-lint` bundle (dist/packer-lint.js) as a user does, on real files in a
 * temporary folder.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installPlugin, makePluginFolder, removePluginFolder } from '../support/pluginFolders';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PACKER_LINT = path.join(ROOT, 'dist', 'packer-lint.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

/** An HCL2 configuration with one unset variable (region), its plugin declared and in the lab's plugin folder. */
export const WEB = `packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1"
    }
  }
}

variable "region" {
  type = string
}

source "amazon-ebs" "web" {
  ami_name      = "web"
  instance_type = "t3.micro"
  region        = var.region
  ssh_username  = "ec2-user"
  source_ami    = "ami-123"
}

build {
  sources = ["source.amazon-ebs.web"]
}
`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let labPlugins: string | undefined;

/**
 * The plugin folder of a machine where `packer init` ran for the lab (the amazon plugin the lab
 * requires), so that runs do not depend on this machine's own plugins; made once per test process.
 */
export function labPluginFolder(): string {
  if (labPlugins === undefined) {
    const folder = makePluginFolder();
    installPlugin(folder, { source: 'github.com/hashicorp/amazon', version: '1.8.2' });
    process.on('exit', () => removePluginFolder(folder));
    labPlugins = folder;
  }
  return labPlugins;
}

/** Runs the bundle; the plugin folder is the lab's unless `env` names another (PACKER_PLUGIN_PATH). */
export function packerLint(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [PACKER_LINT, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PACKER_PLUGIN_PATH: labPluginFolder(), ...env },
    timeout: 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding `files` (relative path to text), removed by the caller's `cleanup`. */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'packer-lint-')));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export function copyLab(): string {
  const dir = tempTree();
  fs.cpSync(path.join(FIXTURES, 'lab'), path.join(dir, 'lab'), { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'lab-hcl'), path.join(dir, 'lab-hcl'), { recursive: true });
  return dir;
}

export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface JsonFileResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: string; message: string; line: number; column: number }>;
  errorCount: number;
  warningCount: number;
  readError?: string;
  notFixed?: string;
}

export function jsonReport(run: Run): JsonFileResult[] {
  return JSON.parse(run.stdout) as JsonFileResult[];
}

/** Rule ids per file name (relative to `dir`), sorted, for compact assertions. */
export function rulesByFile(results: JsonFileResult[], dir: string): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const r of results) byFile[path.relative(dir, r.filePath)] = r.messages.map((m) => m.ruleId).sort();
  return byFile;
}
