/**
 * `packer-lint`: the language service's checks on the command line. Wiring only: read the command
 * line and the configuration file, find the templates, run the checks (and fixes), write the
 * fixed files, print the report, and exit as ESLint does (0 clean, 1 problems, 2 a usage error
 * or something unreadable).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../service/rules';
import type { SeveritySetting } from '../service/settings';
import {
  emptyConfig,
  findConfigFile,
  loadConfigFile,
  parseSeverity,
  type ProjectConfig,
} from '../config/projectConfig';
import { HELP, parseArguments, type CliArguments } from './args';
import { diskReader } from '../diskReader';
import { cachedReader } from './cachedReader';
import { parseVarArgument, varFileProblems } from './commandLineVariables';
import { runBuildVariables } from './runBuildVariables';
import { runPackerEnvironment } from './runPackerEnvironment';
import { isDirectory } from '../pluginFolderDisk';
import { discover } from './discover';
import { formatters } from './formatters';
import { lintFiles, type FileResult } from './lintRun';
import { countBySeverity } from './lintMessage';
import { progressReporter } from './progress';
import { writeResults } from './writeResults';

declare const PACKER_LINT_VERSION: string | undefined;
const VERSION = typeof PACKER_LINT_VERSION === 'string' ? PACKER_LINT_VERSION : '0.0.0-dev';

export interface CliEnvironment {
  argv: string[];
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function runCli(environment: CliEnvironment): number {
  const { stdout, stderr } = environment;
  const usage = (message: string) => {
    stderr.write(`packer-lint: ${message}\n`);
    return 2;
  };
  const parsed = parseArguments(environment.argv);
  if ('usageError' in parsed) return usage(parsed.usageError);
  const args = parsed.arguments;
  if (args.help) {
    stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    stdout.write(`${VERSION}\n`);
    return 0;
  }

  const config = readConfiguration(args, environment.cwd);
  if ('usageError' in config) return usage(config.usageError);
  let exitCode = 0;
  for (const problem of config.problems) {
    stderr.write(`packer-lint: ${problem}\n`);
    exitCode = 2;
  }
  const severity = ruleSeverities(config, args.rules);
  if (typeof severity === 'string') return usage(severity);

  const vars: Record<string, string> = { ...config.vars };
  for (const argument of args.vars) {
    const variable = parseVarArgument(argument);
    if (variable === undefined) return usage(`-var takes NAME=VALUE, not "${argument}"`);
    vars[variable.name] = variable.value;
  }
  const varFiles = [...config.varFiles, ...args.varFiles.map((f) => path.resolve(environment.cwd, f))];
  for (const problem of varFileProblems(varFiles)) {
    stderr.write(`packer-lint: ${problem}\n`);
    exitCode = 2;
  }

  const found = discover(args.paths, environment.cwd);
  for (const problem of found.problems) {
    stderr.write(`packer-lint: ${problem}\n`);
    exitCode = 2;
  }
  const progress = progressReporter(stderr, found.files.length);
  const files = cachedReader(diskReader);
  // The editor scans its workspace folders for build scripts: here the current folder, the
  // configuration file's and the paths checked stand for them.
  const scriptRoots = [
    environment.cwd,
    ...(config.file === undefined ? [] : [path.dirname(config.file)]),
    ...args.paths.map((p) => path.resolve(environment.cwd, p)).map((p) => (isDirectory(p) ? p : path.dirname(p))),
  ];
  const results = lintFiles(found.files, {
    settings: { severity },
    files,
    build: runBuildVariables(files, { varFiles, vars }, found.files, scriptRoots),
    environment: runPackerEnvironment({
      packerVersion: args.packerVersion ?? config.packerVersion,
      pluginFolder: config.pluginFolder,
      env: environment.env,
    }),
    fix: args.fix || args.fixDryRun,
    checkFormat: args.checkFormat,
    formatWrite: args.formatWrite,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.done();

  const written = writeResults(results, {
    write: args.fix || args.formatWrite,
    dryRun: args.fixDryRun,
    cwd: environment.cwd,
  });
  if (written.failedWrites > 0) exitCode = 2;
  if (args.fixDryRun) stdout.write(written.diff);
  const reported = args.quiet ? results.map(onlyErrors) : results;
  const color =
    args.color ??
    (environment.env['NO_COLOR'] === undefined &&
      (environment.env['FORCE_COLOR'] !== undefined || (args.outputFile === undefined && stdout.isTTY === true)));
  const report = formatters[args.format](reported, {
    cwd: environment.cwd,
    color: args.outputFile === undefined && color,
    toolVersion: VERSION,
    rules: rules.map((r) => r.meta),
  });
  if (args.outputFile !== undefined) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(environment.cwd, args.outputFile)), { recursive: true });
      fs.writeFileSync(path.resolve(environment.cwd, args.outputFile), report);
    } catch (error) {
      stderr.write(`packer-lint: cannot write ${args.outputFile}: ${(error as Error).message}\n`);
      exitCode = 2;
    }
  } else if (!args.fixDryRun) stdout.write(report);

  if (results.some((r) => r.readError !== undefined)) exitCode = 2;
  const counts = countBySeverity(reported.flatMap((r) => r.messages));
  if (exitCode === 0 && counts.error > 0) exitCode = 1;
  if (exitCode === 0 && args.maxWarnings !== undefined && counts.warning > args.maxWarnings) {
    stderr.write(`packer-lint: too many warnings (${counts.warning}, at most ${args.maxWarnings} allowed)\n`);
    exitCode = 1;
  }
  return exitCode;
}

function readConfiguration(args: CliArguments, cwd: string): ProjectConfig | { usageError: string } {
  if (args.config !== undefined) {
    const file = path.resolve(cwd, args.config);
    if (!fs.existsSync(file)) return { usageError: `the configuration file ${args.config} does not exist` };
    return loadConfigFile(file);
  }
  const file = findConfigFile(cwd);
  return file === undefined ? emptyConfig : loadConfigFile(file);
}

/** The configuration file's severities, then `--rule` ones; an unknown rule id is a usage error. */
function ruleSeverities(config: ProjectConfig, overrides: string[]): Record<string, SeveritySetting> | string {
  const known = new Set(rules.map((r) => r.meta.id));
  const severity: Record<string, SeveritySetting> = { ...config.rules };
  for (const override of overrides) {
    const at = override.lastIndexOf('=');
    const id = at > 0 ? override.slice(0, at) : override;
    const value = at > 0 ? parseSeverity(override.slice(at + 1)) : undefined;
    if (value === undefined) return `--rule takes ID=off|error|warning|information|hint, not "${override}"`;
    if (!known.has(id)) return `--rule: there is no rule "${id}" (rules: ${[...known].join(', ')})`;
    severity[id] = value;
  }
  return severity;
}

function onlyErrors(result: FileResult): FileResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 'error') };
}
