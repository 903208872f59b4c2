/**
 * One HCL2 configuration folder described for `packer/configurations`: its sources with their plugin,
 * builds with the `-only` value of each source, variables with the value a build would get, data sources
 * and `required_plugins`.
 */
import type { Attribute, Block, Expression } from '../../parsing/hcl/ast';
import {
  literalString,
  type BuildDeclaration,
  type HclConfiguration,
  type VariableDeclaration,
} from '../../model/hcl/configuration';
import type { HclFile } from '../../model/hcl/hclFile';
import type { TemplateComponent } from '../../model/legacyTemplate';
import type { PackerSituation } from '../../plugins/packerSituation';
import { pluginOf } from '../../schema/pluginFacts';
import { SENSITIVE, variablesBlockAttribute } from '../hover/variableHover';
import { shortSource } from '../markdown';
import type { Locator } from './locations';
import { folderPluginStatus, sourcePluginInstalled } from './pluginStatus';
import type { BuildInfo, ComponentInfo, DeclaredPlugin, PackerConfiguration, VariableInfo } from './types';

export function describeHclFolder(
  folderUri: string,
  configuration: HclConfiguration,
  locator: Locator,
  varFileUri: string | undefined,
  packer: PackerSituation,
): PackerConfiguration {
  const varFile = configuration.files.find((f) => f.role === 'vars' && f.uri === varFileUri);
  const files = [...configuration.files].sort((a, b) => a.name.localeCompare(b.name));
  return {
    kind: 'hcl2',
    uri: folderUri,
    files: files.map((f) => f.uri),
    varFileCandidates: files.filter((f) => f.role === 'vars').map((f) => f.uri),
    ...(varFile !== undefined && { varFile: varFile.uri }),
    sources: configuration.sources.map((s) => {
      const plugin = pluginOf('builder', s.type);
      const installed = plugin === undefined ? undefined : sourcePluginInstalled(s.type, configuration, packer);
      return {
        type: s.type,
        name: s.name,
        ...(plugin !== undefined && {
          plugin: { name: plugin.name, source: plugin.source, ...(installed !== undefined && { installed }) },
        }),
        location: locator.at(s.file, s.block.range),
      };
    }),
    builds: configuration.builds.map((b) => describeBuild(b, configuration, locator)),
    variables: configuration.variables
      .map((v) => describeVariable(v, configuration, varFile, locator))
      .sort((a, b) => a.name.localeCompare(b.name)),
    dataSources: configuration.dataSources.map((d) => ({
      type: d.type,
      name: d.name,
      location: locator.at(d.file, d.block.range),
    })),
    plugins: { declared: declaredPlugins(configuration, locator), ...folderPluginStatus(configuration, packer) },
  };
}

function describeBuild(build: BuildDeclaration, configuration: HclConfiguration, locator: Locator): BuildInfo {
  return {
    ...(build.name !== undefined && { name: build.name }),
    location: locator.at(build.file, build.block.range),
    sources: build.sourceReferences.map((entry) => {
      // `source.null.example` in `sources`, `null.example` or `source.null.example` as a block label.
      const reference = entry.value.replace(/^source\./, '');
      const declared = configuration.sources.find((s) => `${s.type}.${s.name}` === reference);
      return {
        reference,
        // Packer matches -only against the build's full name, which starts with the build's own name
        // (Packer 1.6.6 and later: `Build 'web.null.one' finished`; -only=null.one matches nothing there).
        only: build.name === undefined ? reference : `${build.name}.${reference}`,
        location: locator.at(build.file, entry.range),
        ...(declared !== undefined && { declaration: locator.at(declared.file, declared.block.range) }),
      };
    }),
    provisioners: build.provisioners.map((p) => componentIn(build.file, p, locator)),
    postProcessors: build.postProcessors.map((p) => componentIn(build.file, p, locator)),
  };
}

/** A provisioner or post-processor, located at its type label. */
export function componentIn(
  file: { uri: string; text: string },
  component: TemplateComponent,
  locator: Locator,
): ComponentInfo {
  const at = component.typeNode?.range ?? component.node?.range ?? { start: 0, end: 0 };
  return { type: component.type ?? '?', location: locator.at(file, at) };
}

/**
 * The value Packer would use without `-var` and `PKR_VAR_`: the default, then `*.auto.pkrvars.hcl` in
 * name order, then the chosen variable file (Packer's order; later ones win).
 */
function describeVariable(
  variable: VariableDeclaration,
  configuration: HclConfiguration,
  varFile: HclFile | undefined,
  locator: Locator,
): VariableInfo {
  let value: { file: HclFile; expression: Expression } | undefined;
  let from: string | undefined;
  const defaultAttribute =
    variable.block === undefined ? variablesBlockAttribute(variable) : attribute(variable.block, 'default');
  if (defaultAttribute !== undefined) {
    value = { file: variable.file, expression: defaultAttribute.expression };
    from = 'default';
  }
  const assignments = configuration.assignments
    .filter((a) => a.name === variable.name && (a.file.role === 'auto-vars' || a.file === varFile))
    .sort((a, b) => rank(a.file, varFile) - rank(b.file, varFile) || a.file.name.localeCompare(b.file.name));
  const last = assignments.at(-1);
  if (last !== undefined) {
    value = { file: last.file, expression: last.attribute.expression };
    from = last.file.name;
  }
  const shown =
    value === undefined
      ? undefined
      : variable.sensitive
        ? SENSITIVE
        : shortSource(value.file.text.slice(value.expression.range.start, value.expression.range.end));
  return {
    name: variable.name,
    ...(shown !== undefined && { value: shown }),
    ...(from !== undefined && { from }),
    sensitive: variable.sensitive,
    location: locator.at(variable.file, variable.nameRange),
  };
}

function rank(file: HclFile, varFile: HclFile | undefined): number {
  return file === varFile ? 1 : 0;
}

function attribute(block: Block, name: string): Attribute | undefined {
  return block.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);
}

/** `packer { required_plugins { amazon = { source = "...", version = "..." } } }`. */
function declaredPlugins(configuration: HclConfiguration, locator: Locator): DeclaredPlugin[] {
  const declared: DeclaredPlugin[] = [];
  for (const file of configuration.files) {
    if (file.role !== 'config') continue;
    for (const packerBlock of file.body.items) {
      if (packerBlock.kind !== 'block' || packerBlock.type !== 'packer') continue;
      for (const required of packerBlock.body.items) {
        if (required.kind !== 'block' || required.type !== 'required_plugins') continue;
        for (const entry of required.body.items) {
          if (entry.kind !== 'attribute') continue;
          const fields = entry.expression.kind === 'object' ? entry.expression.items : [];
          const field = (key: string) => {
            const item = fields.find((f) => f.key.name === key);
            return item === undefined ? undefined : literalString(item.value)?.value;
          };
          const source = field('source');
          const version = field('version');
          declared.push({
            name: entry.name,
            ...(source !== undefined && { source }),
            ...(version !== undefined && { version }),
            location: locator.at(file, entry.nameRange),
          });
        }
      }
    }
  }
  return declared;
}
