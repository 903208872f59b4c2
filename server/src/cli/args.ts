/**
 * The command line of `packer-lint`, read without a library: ESLint's option names where ESLint has
 * one, and Packer's `-var`/`-var-file` spelt as Packer takes them (one dash or two, `=` or a space).
 */
import { FORMAT_NAMES, type FormatName } from './formatters';
import { parsePackerVersion } from '../config/projectConfig';

export interface CliArguments {
  paths: string[];
  format: FormatName;
  outputFile: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
  checkFormat: boolean;
  formatWrite: boolean;
  maxWarnings: number | undefined;
  quiet: boolean;
  rules: string[];
  config: string | undefined;
  varFiles: string[];
  vars: string[];
  /** The Packer release to check for (wins over the configuration file's). */
  packerVersion: string | undefined;
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

export type ParsedArguments = { arguments: CliArguments } | { usageError: string };

const FLAGS = {
  '--fix': 'fix',
  '--fix-dry-run': 'fixDryRun',
  '--check-format': 'checkFormat',
  '--format-write': 'formatWrite',
  '--quiet': 'quiet',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
} as const;

/** Options that take a value; `-var` and `-var-file` also with one dash, as Packer spells them. */
const VALUED = new Set([
  '--format',
  '-f',
  '--output-file',
  '-o',
  '--max-warnings',
  '--rule',
  '--config',
  '-c',
  '--var-file',
  '-var-file',
  '--var',
  '-var',
  '--packer-version',
]);

export function parseArguments(argv: string[]): ParsedArguments {
  const args: CliArguments = {
    paths: [],
    format: 'stylish',
    outputFile: undefined,
    fix: false,
    fixDryRun: false,
    checkFormat: false,
    formatWrite: false,
    maxWarnings: undefined,
    quiet: false,
    rules: [],
    config: undefined,
    varFiles: [],
    vars: [],
    packerVersion: undefined,
    color: undefined,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    if (argument === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      args.paths.push(argument);
      continue;
    }
    if (argument in FLAGS) {
      args[FLAGS[argument as keyof typeof FLAGS]] = true;
      continue;
    }
    if (argument === '--color' || argument === '--no-color') {
      args.color = argument === '--color';
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    if (!VALUED.has(name)) return { usageError: `unknown option ${argument} (see packer-lint --help)` };
    let value: string | undefined;
    if (equals > 0) value = argument.slice(equals + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) return { usageError: `${name} needs a value (see packer-lint --help)` };
    const problem = setValued(args, name, value);
    if (problem !== undefined) return { usageError: problem };
  }
  if (args.paths.length === 0) args.paths.push('.');
  if (args.fix && args.fixDryRun) return { usageError: '--fix and --fix-dry-run cannot be used together' };
  return { arguments: args };
}

function setValued(args: CliArguments, name: string, value: string): string | undefined {
  switch (name) {
    case '--format':
    case '-f':
      if (!(FORMAT_NAMES as readonly string[]).includes(value))
        return `unknown format "${value}" (one of ${FORMAT_NAMES.join(', ')})`;
      args.format = value as FormatName;
      return undefined;
    case '--output-file':
    case '-o':
      args.outputFile = value;
      return undefined;
    case '--max-warnings': {
      if (!/^-?\d+$/.test(value)) return `--max-warnings takes a whole number, not "${value}"`;
      const count = Number(value);
      // ESLint's -1 means "no limit".
      args.maxWarnings = count < 0 ? undefined : count;
      return undefined;
    }
    case '--rule':
      args.rules.push(value);
      return undefined;
    case '--config':
    case '-c':
      args.config = value;
      return undefined;
    case '--var-file':
    case '-var-file':
      args.varFiles.push(value);
      return undefined;
    case '--packer-version': {
      const version = parsePackerVersion(value);
      if (version === undefined) return `--packer-version takes a version such as 1.11.2, not "${value}"`;
      args.packerVersion = version;
      return undefined;
    }
    default:
      args.vars.push(value);
      return undefined;
  }
}

export const HELP = `Usage: packer-lint [options] [PATH...]

Checks Packer templates (HCL2 folders, .pkr.json files and legacy JSON templates) with the same
rules as the Packer extension for VS Code. PATH is a file or a folder (default: the current folder);
folders are searched for templates, skipping node_modules and hidden folders.

Output:
  -f, --format NAME        stylish (default), json, sarif, github or junit
  -o, --output-file FILE   write the report to FILE instead of the standard output
  --quiet                  report errors only (warnings are then not counted either)
  --color, --no-color      force colours on or off (default: on when writing to a terminal)

Fixing:
  --fix                    apply each problem's preferred fix, as "Fix all" does in the editor, and
                           write the files (a file whose fixes would not parse is left untouched)
  --fix-dry-run            print the fixes as a unified diff instead of writing them
  --check-format           report the files that packer fmt would change
  --format-write           write them as packer fmt would (with --fix-dry-run: in the diff)

Configuration:
  -c, --config FILE        the configuration file (default: the nearest .packer-lint.json in the
                           current folder or a folder above it)
  --rule ID=SEVERITY       set a rule's severity: off, error, warning, information or hint
                           (repeatable; wins over the configuration file)
  -var NAME=VALUE          a variable the templates are built with, as packer build takes it
  -var-file FILE           a var file the templates are built with (.pkrvars.hcl or .json)
                           (the project's Makefiles, shell scripts and CI files are read for the
                           -var-file and -var they pass to packer too, as in the editor)
  --packer-version VERSION the Packer release to check for, e.g. 1.11.2 (wins over the
                           configuration file's packerVersion); the plugins are those installed
                           in the configuration's pluginFolder, else where Packer looks
                           (PACKER_PLUGIN_PATH, else its config folder)

Exit status:
  --max-warnings N         fail when there are more than N warnings
  0 no errors (and no more warnings than --max-warnings), 1 errors found, 2 a usage error or a
  file or configuration that could not be read (the other files are still checked).

  -h, --help               show this help
  -v, --version            show the version
`;
