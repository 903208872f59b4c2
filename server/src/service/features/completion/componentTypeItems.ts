/**
 * Component types as completion items, with the one-line summary we wrote for each: every type a
 * template may name (those without a schema after those with one).
 */
import { knownComponentTypes } from '../../packer/componentTypes';
import { componentSummary } from '../../packer/componentSummaries';
import type { ComponentKind } from '../../schema/schemaStore';
import { CompletionItemKind, type Candidate } from './candidate';

/** `write` gives the text inserted for a type (quoted, or a whole JSON key and body). */
export function componentTypeCandidates(
  kind: ComponentKind,
  write: (type: string) => { label: string; insertText: string; snippet?: boolean; filterText?: string },
): Candidate[] {
  return [...knownComponentTypes(kind)].sort().map((type) => {
    const summary = componentSummary(kind, type);
    return {
      ...write(type),
      kind: CompletionItemKind.Class,
      detail: summary ?? `${kind} (no schema: settings are not checked)`,
      sortText: `${summary === undefined ? 1 : 0}_${type}`,
    };
  });
}
