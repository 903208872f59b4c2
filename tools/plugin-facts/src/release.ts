/** One release of a plugin: the components main.go registers and the settings of each. */
import { parseGoMod } from './goModule';
import type { GitRepo } from './git';
import { functionBody, type GoFile } from './goSource';
import { type GoPackage, type ModuleContext, type Workspace, findStruct } from './packages';
import { type ComponentKind, componentType, parseRegistrations, type Registration } from './registrations';
import { specOfMethod } from './configType';
import { findFlatSpec, readSettings, type FlatSpec, type SettingsSnapshot } from './settings';

export interface ComponentSnapshot {
  readonly kind: ComponentKind;
  readonly type: string;
  readonly registeredAs: string;
  /** the spec file's path in the repository */
  readonly spec: string;
  readonly settings: SettingsSnapshot;
  readonly outputs?: SettingsSnapshot;
}

export interface ReleaseSnapshot {
  readonly tag: string;
  readonly components: readonly ComponentSnapshot[];
  /** what could not be read, in words, each naming the component */
  readonly problems: readonly string[];
}

export function readRelease(ws: Workspace, repo: GitRepo, tag: string, plugin: string): ReleaseSnapshot {
  const problems: string[] = [];
  repo.preload(tag);
  const goModText = repo.show(tag, 'go.mod');
  if (!goModText) return { tag, components: [], problems: ['no go.mod (not a Go module yet)'] };
  const context: ModuleContext = { repo, rev: tag, goMod: parseGoMod(goModText) };
  // The main package is at the root: main.go, or another file (`packer-provisioner-goss.go`).
  const mainPkg = ws.loadPackage(context, context.goMod.modulePath, '');
  const mainFiles = mainPkg?.files.filter((f) => f.packageName === 'main') ?? [];
  if (!mainPkg || mainFiles.length === 0) return { tag, components: [], problems: ['no main package at the root'] };
  const components: ComponentSnapshot[] = [];
  for (const mainFile of mainFiles) {
    const { registrations, unread } = parseRegistrations(mainFile.text);
    for (const line of unread) problems.push(`registration not understood: ${line}`);
    for (const registration of registrations) {
      const component = readComponent(ws, mainPkg, mainFile, registration, plugin, problems);
      if (component) components.push(component);
    }
  }
  if (components.length === 0 && problems.length === 0) problems.push('the main package registers no component');
  return { tag, components, problems };
}

function readComponent(
  ws: Workspace,
  mainPkg: GoPackage,
  mainFile: GoFile,
  registration: Registration,
  plugin: string,
  problems: string[],
): ComponentSnapshot | undefined {
  {
    const type = componentType(plugin, registration.registeredAs);
    const target = registration.constructor
      ? constructedType(ws, mainPkg, mainFile, registration.goType)
      : ws.resolveTypeRef(mainPkg, mainFile, registration.goType);
    if (!target) {
      problems.push(`${type}: package of ${registration.goType} not found`);
      return undefined;
    }
    const configSpec =
      specOfMethod(ws, target.pkg, target.name, 'ConfigSpec') ?? findFlatSpec(target.pkg, 'FlatConfig');
    if (!configSpec) {
      problems.push(`${type}: no HCL2 spec for the config of ${registration.goType}`);
      return undefined;
    }
    const componentProblems: string[] = [];
    const settings = readSettings(ws, configSpec, componentProblems);
    let outputs: SettingsSnapshot | undefined;
    if (registration.kind === 'data-source') {
      const outputSpec =
        specOfMethod(ws, target.pkg, target.name, 'OutputSpec') ?? findFlatSpec(target.pkg, 'FlatDatasourceOutput');
      if (outputSpec) outputs = readSettings(ws, outputSpec, componentProblems, ['(output)']);
      else componentProblems.push('no HCL2 spec for the outputs');
    }
    for (const problem of componentProblems) problems.push(`${type}: ${problem}`);
    return {
      kind: registration.kind,
      type,
      registeredAs: registration.registeredAs,
      spec: specPath(configSpec),
      settings,
      ...(outputs ? { outputs } : {}),
    };
  }
}

/** The type a constructor returns: `func NewBuilder() *Builder`, or `return &Flasher{}` behind an interface. */
function constructedType(
  ws: Workspace,
  pkg: GoPackage,
  file: GoFile,
  ref: string,
): { pkg: GoPackage; name: string } | undefined {
  const target = ws.resolveTypeRef(pkg, file, ref);
  if (!target) return undefined;
  for (const candidate of target.pkg.files) {
    const body = functionBody(candidate, target.name);
    if (body === undefined) continue;
    const returned = /\)\s*\*?(\w+)\s*\{/.exec(body.slice(0, body.indexOf('\n') + 1))?.[1];
    if (returned && findStruct(target.pkg, returned)) return { pkg: target.pkg, name: returned };
    const literal = /return\s+&?(\w+)\{/.exec(body)?.[1];
    if (literal && findStruct(target.pkg, literal)) return { pkg: target.pkg, name: literal };
  }
  return undefined;
}

/** The spec file's path, in its own repository (the SDK's path when the config type lives there). */
function specPath(spec: FlatSpec): string {
  return spec.pkg.dir ? `${spec.pkg.dir}/${spec.fileName}` : spec.fileName;
}
