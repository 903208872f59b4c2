/**
 * A legacy JSON template described for `packer/configurations`: its builders are the sources, and the
 * template is one build of all of them (`-only=NAME` builds one builder).
 */
import type { LegacyTemplate } from '../../model/legacyTemplate';
import { pluginOf } from '../../schema/pluginFacts';
import { SENSITIVE } from '../hover/variableHover';
import { shortSource } from '../markdown';
import { componentIn } from './hclConfiguration';
import type { Locator } from './locations';
import type { PackerConfiguration } from './types';

export function describeLegacyTemplate(
  file: { uri: string; text: string },
  template: LegacyTemplate,
  locator: Locator,
): PackerConfiguration {
  const builders = template.builders.filter((b) => b.node !== undefined);
  const buildersKey = template.root.properties.find((p) => p.key === 'builders');
  return {
    kind: 'legacy-json',
    uri: file.uri,
    files: [file.uri],
    varFileCandidates: [],
    sources: builders.map((b) => {
      const plugin = b.type === undefined ? undefined : pluginOf('builder', b.type);
      return {
        type: b.type ?? '?',
        name: b.name ?? b.type ?? '?',
        ...(plugin !== undefined && { plugin: { name: plugin.name, source: plugin.source } }),
        location: locator.at(file, b.node?.range ?? { start: 0, end: 0 }),
      };
    }),
    builds: [
      {
        location: locator.at(file, buildersKey?.range ?? template.root.range),
        sources: builders.flatMap((b) => {
          const name = b.name ?? b.type;
          if (name === undefined) return [];
          const location = locator.at(file, b.node?.range ?? { start: 0, end: 0 });
          return [{ reference: name, only: name, location, declaration: location }];
        }),
        provisioners: template.provisioners.map((p) => componentIn(file, p, locator)),
        postProcessors: template.postProcessors.map((p) => componentIn(file, p, locator)),
      },
    ],
    variables: [...template.variables.values()]
      .map((v) => {
        const value = v.property.value;
        const shown =
          value === undefined || value.type === 'null'
            ? undefined
            : v.sensitive
              ? SENSITIVE
              : shortSource(file.text.slice(value.range.start, value.range.end));
        return {
          name: v.name,
          ...(shown !== undefined && { value: shown, from: 'default' }),
          sensitive: v.sensitive,
          location: locator.at(file, v.property.range),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    dataSources: [],
    plugins: { declared: [] },
  };
}
