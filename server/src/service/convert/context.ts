/**
 * What the conversion of one template shares between its parts: how each user variable is
 * referenced, which helper locals are needed, the builders (for `only`/`except`/`override` and
 * `{{build_name}}`), and the warnings collected on the way.
 */

/** Where a string is converted: template functions mean different things (or nothing) in each. */
export type Place =
  | { kind: 'variable-default' }
  | { kind: 'local' }
  | { kind: 'source'; type: string; name: string }
  | { kind: 'build' }
  | { kind: 'root' };

export interface ConvertContext {
  /** Every legacy user variable and the HCL2 expression that reads it (`var.x` or `local.x`). */
  variableRefs: Map<string, string>;
  /** Builder name → `TYPE.NAME`, the form `only`/`except` take in HCL2. */
  sourcesByName: Map<string, string>;
  /** Set when `{{timestamp}}` was used: the `local.timestamp` helper must be declared. */
  usesTimestamp: boolean;
  /** The name of that helper local: `timestamp`, unless a converted variable took it. */
  timestampLocal: string;
  warnings: string[];
}

export function createContext(): ConvertContext {
  return {
    variableRefs: new Map(),
    sourcesByName: new Map(),
    usesTimestamp: false,
    timestampLocal: 'timestamp',
    warnings: [],
  };
}

/** Notes for one converted value: each becomes a comment above it and a warning of the result. */
export class Notes {
  readonly lines: string[] = [];

  constructor(private readonly context: ConvertContext) {}

  add(where: string, text: string): void {
    const line = where === '' ? text : `${where}: ${text}`;
    if (!this.lines.includes(text)) this.lines.push(text);
    this.context.warnings.push(line);
  }
}
