/**
 * The Packer view's items: what each node of a configuration shows (label, description, icon, where a
 * click goes), with no state of its own. Build progress is looked up per source when asked.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type {
  BuildInfo,
  BuildSourceInfo,
  ComponentInfo,
  DeclaredPlugin,
  PackerConfiguration,
  SourceInfo,
  VariableInfo,
} from '../configurations/protocol';
import { elapsed, type SourceProgress } from '../progress/buildOutput';
import { describe } from '../progress/buildProgress';

export type Group = 'sources' | 'builds' | 'variables' | 'dataSources' | 'plugins';

export type ViewNode =
  | { kind: 'configuration'; configuration: PackerConfiguration }
  | { kind: 'group'; configuration: PackerConfiguration; group: Group }
  | { kind: 'source'; configuration: PackerConfiguration; source: SourceInfo }
  | { kind: 'build'; configuration: PackerConfiguration; build: BuildInfo; index: number }
  | { kind: 'buildSource'; configuration: PackerConfiguration; build: BuildInfo; source: BuildSourceInfo }
  | {
      kind: 'component';
      configuration: PackerConfiguration;
      role: 'provisioner' | 'post-processor';
      info: ComponentInfo;
    }
  | { kind: 'variable'; configuration: PackerConfiguration; variable: VariableInfo }
  | { kind: 'dataSource'; configuration: PackerConfiguration; info: ComponentInfo }
  | { kind: 'plugin'; configuration: PackerConfiguration; plugin: DeclaredPlugin };

const GROUP_LABELS: Record<Group, string> = {
  sources: 'Sources',
  builds: 'Builds',
  variables: 'Variables',
  dataSources: 'Data sources',
  plugins: 'Plugins',
};

/** The progress of one build (by its -only name) in the latest run of its configuration. */
export type ProgressOf = (configuration: PackerConfiguration, buildName: string) => SourceProgress | undefined;

export function groupsOf(configuration: PackerConfiguration): Group[] {
  const groups: Group[] = ['sources', 'builds', 'variables'];
  if (configuration.dataSources.length > 0) groups.push('dataSources');
  if (configuration.kind === 'hcl2') groups.push('plugins');
  return groups;
}

export function childrenOf(node: ViewNode): ViewNode[] {
  const { configuration } = node;
  switch (node.kind) {
    case 'configuration':
      return groupsOf(configuration).map((group) => ({ kind: 'group', configuration, group }));
    case 'group':
      return groupChildren(configuration, node.group);
    case 'build':
      return [
        ...node.build.sources.map((source): ViewNode => ({
          kind: 'buildSource',
          configuration,
          build: node.build,
          source,
        })),
        ...node.build.provisioners.map((info): ViewNode => ({
          kind: 'component',
          configuration,
          role: 'provisioner',
          info,
        })),
        ...node.build.postProcessors.map((info): ViewNode => ({
          kind: 'component',
          configuration,
          role: 'post-processor',
          info,
        })),
      ];
    default:
      return [];
  }
}

function groupChildren(configuration: PackerConfiguration, group: Group): ViewNode[] {
  switch (group) {
    case 'sources':
      return configuration.sources.map((source) => ({ kind: 'source', configuration, source }));
    case 'builds':
      return configuration.builds.map((build, index) => ({ kind: 'build', configuration, build, index }));
    case 'variables':
      return configuration.variables.map((variable) => ({ kind: 'variable', configuration, variable }));
    case 'dataSources':
      return configuration.dataSources.map((info) => ({ kind: 'dataSource', configuration, info }));
    case 'plugins':
      return configuration.plugins.declared.map((plugin) => ({ kind: 'plugin', configuration, plugin }));
  }
}

export function treeItemOf(node: ViewNode, progressOf: ProgressOf, varFile: string | undefined): vscode.TreeItem {
  const { configuration } = node;
  const expandable = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'configuration': {
      const item = new vscode.TreeItem(configurationLabel(configuration), expandable.Expanded);
      const files = configuration.files.length;
      const vars = varFile === undefined ? '' : ` · -var-file=${path.basename(vscode.Uri.parse(varFile).fsPath)}`;
      item.description =
        configuration.kind === 'hcl2'
          ? `HCL2 · ${files} ${files === 1 ? 'file' : 'files'}${vars}`
          : 'legacy JSON template';
      item.iconPath = new vscode.ThemeIcon(configuration.kind === 'hcl2' ? 'folder' : 'json');
      item.resourceUri = vscode.Uri.parse(configuration.uri);
      item.contextValue = 'packerConfiguration';
      item.id = configuration.uri;
      item.tooltip = vscode.Uri.parse(configuration.uri).fsPath;
      return item;
    }
    case 'group': {
      const count = groupChildren(configuration, node.group).length;
      const open = node.group === 'sources' || node.group === 'builds' || node.group === 'variables';
      const item = new vscode.TreeItem(
        GROUP_LABELS[node.group],
        count === 0 ? expandable.None : open ? expandable.Expanded : expandable.Collapsed,
      );
      item.description = node.group === 'plugins' ? pluginsSummary(configuration) : String(count);
      item.id = `${configuration.uri}#${node.group}`;
      return item;
    }
    case 'source': {
      const { source } = node;
      // A legacy builder is known by its name (the type unless `name` is set), an HCL2 source by TYPE.NAME.
      const legacy = configuration.kind === 'legacy-json';
      const item = located(legacy ? source.name : `${source.type}.${source.name}`, source.location);
      const plugin = source.plugin;
      const installed =
        plugin?.installed === undefined ? 'installed: unknown' : plugin.installed ? 'installed' : 'not installed';
      const type = legacy && source.name !== source.type ? `${source.type} · ` : '';
      item.description = type + (plugin === undefined ? 'built into Packer' : `plugin ${plugin.name} · ${installed}`);
      item.tooltip = plugin === undefined ? undefined : `${plugin.source} (${installed})`;
      const progress = sourceProgress(configuration, source, progressOf);
      if (progress !== undefined) decorateWithProgress(item, progress);
      else item.iconPath = new vscode.ThemeIcon('server-process');
      item.id = `${configuration.uri}#source#${source.type}.${source.name}`;
      return item;
    }
    case 'build': {
      const { build } = node;
      const label = build.name ?? (configuration.kind === 'hcl2' ? `build ${node.index + 1}` : 'builders');
      const item = new vscode.TreeItem(label, expandable.Expanded);
      item.description = `${build.sources.length} ${build.sources.length === 1 ? 'source' : 'sources'}`;
      item.iconPath = new vscode.ThemeIcon('package');
      item.command = openCommand(build.location);
      item.contextValue = 'packerBuild';
      item.id = `${configuration.uri}#build#${node.index}`;
      return item;
    }
    case 'buildSource': {
      const item = located(node.source.only, node.source.declaration ?? node.source.location);
      item.contextValue = 'packerBuildSource';
      const progress = progressOf(configuration, node.source.only);
      if (progress !== undefined) decorateWithProgress(item, progress);
      else item.iconPath = new vscode.ThemeIcon('symbol-class');
      item.id = `${configuration.uri}#build#${node.build.location.range.start.line}#${node.source.only}`;
      return item;
    }
    case 'component': {
      const item = located(node.info.type, node.info.location);
      item.description = node.role;
      item.iconPath = new vscode.ThemeIcon(node.role === 'provisioner' ? 'tools' : 'archive');
      return item;
    }
    case 'variable': {
      const { variable } = node;
      const item = located(variable.name, variable.location);
      item.description =
        variable.value === undefined
          ? 'no value: set one'
          : `= ${variable.value}${variable.from === undefined ? '' : ` (${variable.from})`}`;
      item.iconPath = new vscode.ThemeIcon(
        variable.sensitive ? 'lock' : variable.value === undefined ? 'warning' : 'symbol-variable',
      );
      item.tooltip = variable.sensitive ? 'Sensitive: its value is not shown.' : undefined;
      item.id = `${configuration.uri}#var#${variable.name}`;
      return item;
    }
    case 'dataSource': {
      const item = located(`${node.info.type}.${node.info.name ?? ''}`, node.info.location);
      item.iconPath = new vscode.ThemeIcon('database');
      return item;
    }
    case 'plugin': {
      const { plugin } = node;
      const item = located(plugin.name, plugin.location);
      item.description = [plugin.version, pluginState(configuration, plugin.name)].filter(Boolean).join(' · ');
      item.tooltip = plugin.source;
      item.iconPath = new vscode.ThemeIcon('extensions');
      return item;
    }
  }
}

function configurationLabel(configuration: PackerConfiguration): string {
  const uri = vscode.Uri.parse(configuration.uri);
  const relative = vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders?.length !== 1);
  return relative === uri.fsPath ? path.basename(uri.fsPath) : relative;
}

function located(
  label: string,
  location: { uri: string; range: { start: { line: number; character: number } } },
): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.command = openCommand(location);
  return item;
}

function openCommand(location: { uri: string; range: { start: { line: number; character: number } } }): vscode.Command {
  const position = new vscode.Position(location.range.start.line, location.range.start.character);
  return {
    title: 'Go to the declaration',
    command: 'vscode.open',
    arguments: [vscode.Uri.parse(location.uri), { selection: new vscode.Range(position, position) }],
  };
}

/** A source built by several builds shows the one that is running, else the latest to end. */
function sourceProgress(
  configuration: PackerConfiguration,
  source: SourceInfo,
  progressOf: ProgressOf,
): SourceProgress | undefined {
  const reference = `${source.type}.${source.name}`;
  const candidates = configuration.builds
    .flatMap((b) => b.sources)
    .filter((s) => s.reference === reference || (configuration.kind === 'legacy-json' && s.reference === source.name))
    .map((s) => progressOf(configuration, s.only))
    .filter((p): p is SourceProgress => p !== undefined);
  return (
    candidates.find((p) => p.status === 'running') ?? candidates.sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))[0]
  );
}

function decorateWithProgress(item: vscode.TreeItem, progress: SourceProgress): void {
  const icons = {
    running: new vscode.ThemeIcon('sync~spin'),
    finished: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
    failed: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
    cancelled: new vscode.ThemeIcon('circle-slash'),
  };
  item.iconPath = icons[progress.status];
  item.description = describe(progress);
  item.tooltip = `${progress.name}: ${describe(progress)} (${elapsed((progress.endedAt ?? Date.now()) - progress.startedAt)})`;
}

function pluginState(configuration: PackerConfiguration, name: string): string {
  const { installed, missing } = configuration.plugins;
  if (missing?.includes(name)) return 'missing: run packer init';
  if (installed?.includes(name)) return 'installed';
  return 'installed: unknown';
}

/** `1 declared · 1 missing`, or `installed: unknown` while plugin resolution cannot say. */
export function pluginsSummary(configuration: PackerConfiguration): string {
  const { declared, installed, missing } = configuration.plugins;
  if (declared.length === 0) return 'none declared';
  const parts = [`${declared.length} declared`];
  if (installed === undefined && missing === undefined) parts.push('installed: unknown');
  else parts.push(`${installed?.length ?? 0} installed`, `${missing?.length ?? 0} missing`);
  return parts.join(' · ');
}
