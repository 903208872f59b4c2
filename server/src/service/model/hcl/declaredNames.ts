/**
 * The names a configuration declares, as sets made once per configuration: asked once for every
 * reference of a file, a search of every declaration made a large folder quadratic.
 */
import type { HclConfiguration } from './configuration';

export interface DeclaredNames {
  variables: ReadonlySet<string>;
  locals: ReadonlySet<string>;
  /** `pairKey(TYPE, NAME)` of each source. */
  sources: ReadonlySet<string>;
  /** `pairKey(TYPE, NAME)` of each data source. */
  dataSources: ReadonlySet<string>;
}

/** A type and a name as one key; labels may hold dots, never a NUL. */
export const pairKey = (type: string, name: string): string => `${type}\u0000${name}`;

const cache = new WeakMap<HclConfiguration, DeclaredNames>();

export function declaredNames(configuration: HclConfiguration): DeclaredNames {
  const cached = cache.get(configuration);
  if (cached !== undefined) return cached;
  const names: DeclaredNames = {
    variables: new Set(configuration.variables.map((v) => v.name)),
    locals: new Set(configuration.locals.map((l) => l.name)),
    sources: new Set(configuration.sources.map((s) => pairKey(s.type, s.name))),
    dataSources: new Set(configuration.dataSources.map((d) => pairKey(d.type, d.name))),
  };
  cache.set(configuration, names);
  return names;
}
