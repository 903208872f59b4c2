import type { Intent } from './intent';
import { mapPackage, writeConcept } from './mapPackage';
import { BUILD_TOOLS, BUILD_TOOLS_GROUPS } from './packageNames';
import type { SourceSide, Target } from './targets';

/** The intent's items as the target names them: packages, Amazon Linux 2 Extras topics, and whether the build-tools group is wanted. */
export interface Resolved {
  packages: string[];
  topics: string[];
  buildTools: boolean;
}

/** Undefined when an item has no faithful name on the target. */
export function resolveItems(intent: Intent, from: SourceSide, to: Target): Resolved | undefined {
  const r: Resolved = { packages: [], topics: [], buildTools: false };
  for (const item of intent.items) {
    if (item.raw !== undefined) {
      // A variable full of package names cannot be mapped name by name, so it is carried over
      // verbatim only between tools that share package names (yum to dnf, apt to apt-get).
      if (from !== to.side) return undefined;
      r.packages.push(item.raw);
      continue;
    }
    if (item.group && !BUILD_TOOLS_GROUPS.includes(item.name.toLowerCase())) return undefined;
    const mapped = item.group ? writeConcept(BUILD_TOOLS, to) : mapPackage(item.name, from, to);
    if (!mapped || mapped.kind === 'none') return undefined;
    if (mapped.kind === 'extras') r.topics.push(mapped.topic);
    else if (mapped.kind === 'buildTools') r.buildTools = true;
    else if (mapped.name === item.name) r.packages.push(item.written);
    else r.packages.push(mapped.name);
  }
  return r;
}
