/**
 * The project's configuration file, `.packer-lint.json`, shared by `packer-lint` and the language
 * server: rule severities, the var files (and variables) a project builds with, its plugin folder
 * and its Packer version. This module only finds, reads and checks the file and returns plain values
 * with absolute paths; what each consumer does with them is its own business. The JSON Schema that
 * editors complete it with is `schemas/packer-lint.schema.json`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SeveritySetting } from '../service/settings';

export const CONFIG_FILE_NAME = '.packer-lint.json';

export interface ProjectConfig {
  /** The file the values come from; undefined when no file was found. */
  file: string | undefined;
  /** Per rule id: a severity or "off". */
  rules: Record<string, SeveritySetting>;
  /** Var files passed to every run, as `-var-file` (absolute paths, in order). */
  varFiles: string[];
  /** Variables passed to every run, as `-var name=value`. */
  vars: Record<string, string>;
  /** Where the project's Packer plugins are installed (absolute), as `PACKER_PLUGIN_PATH` would say. */
  pluginFolder: string | undefined;
  /** The Packer release the project targets, e.g. "1.11.2". */
  packerVersion: string | undefined;
  /** What is wrong with the file, each in plain words; the valid parts are still used. */
  problems: string[];
}

export const emptyConfig: ProjectConfig = {
  file: undefined,
  rules: {},
  varFiles: [],
  vars: {},
  pluginFolder: undefined,
  packerVersion: undefined,
  problems: [],
};

const SEVERITIES: Record<string, SeveritySetting> = {
  off: 'off',
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
};

/** "warn" and "info" are accepted as ESLint users write them; undefined for anything else. */
export function parseSeverity(value: string): SeveritySetting | undefined {
  return SEVERITIES[value.toLowerCase()];
}

/** A Packer release as "1.11.2" (a leading "v" is dropped); undefined for anything else. */
export function parsePackerVersion(value: string): string | undefined {
  const version = value.replace(/^v/, '');
  return /^\d+\.\d+(\.\d+)?$/.test(version) ? version : undefined;
}

/** The nearest `.packer-lint.json` in `folder` or a folder above it. */
export function findConfigFile(folder: string): string | undefined {
  let current = path.resolve(folder);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and checks one configuration file; a file that cannot be read is one problem, not a crash. */
export function loadConfigFile(file: string): ProjectConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ...emptyConfig, file, problems: [`cannot read ${file}: ${(error as Error).message}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ...emptyConfig, file, problems: [`${file} is not valid JSON: ${(error as Error).message}`] };
  }
  return readConfig(raw, file);
}

/** The values of a parsed configuration, paths resolved against the file's folder. */
export function readConfig(raw: unknown, file: string): ProjectConfig {
  const problems: string[] = [];
  const where = path.dirname(file);
  const config: ProjectConfig = { ...emptyConfig, file, rules: {}, varFiles: [], vars: {}, problems };
  if (!isObject(raw)) {
    problems.push(`${file} must hold a JSON object`);
    return config;
  }
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (!isObject(value)) problems.push(`"rules" must be an object of rule id to severity`);
        else
          for (const [id, severity] of Object.entries(value)) {
            const parsed = typeof severity === 'string' ? parseSeverity(severity) : undefined;
            if (parsed === undefined)
              problems.push(`"rules.${id}" must be one of off, error, warning, information, hint`);
            else config.rules[id] = parsed;
          }
        break;
      case 'varFiles':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
          problems.push(`"varFiles" must be an array of paths`);
        else config.varFiles = (value as string[]).map((v) => path.resolve(where, v));
        break;
      case 'vars':
        if (!isObject(value) || Object.values(value).some((v) => typeof v !== 'string'))
          problems.push(`"vars" must be an object of variable name to string value`);
        else config.vars = { ...(value as Record<string, string>) };
        break;
      case 'pluginFolder':
        if (typeof value !== 'string') problems.push(`"pluginFolder" must be a path`);
        else config.pluginFolder = path.resolve(where, value);
        break;
      case 'packerVersion': {
        const version = typeof value === 'string' ? parsePackerVersion(value) : undefined;
        if (version === undefined) problems.push(`"packerVersion" must be a version such as "1.11.2"`);
        else config.packerVersion = version;
        break;
      }
      default:
        problems.push(`unknown key "${key}" (known: rules, varFiles, vars, pluginFolder, packerVersion)`);
    }
  }
  return config;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
