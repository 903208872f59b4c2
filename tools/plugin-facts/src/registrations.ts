/**
 * The components a plugin's main.go registers: `pps.RegisterBuilder("iso", new(proxmoxiso.Builder))`,
 * `plugin.DEFAULT_NAME`, a constant of the file, and the one-argument form of the legacy plugin server.
 */

export type ComponentKind = 'builder' | 'provisioner' | 'post-processor' | 'data-source';

export const DEFAULT_NAME = 'plugin.DEFAULT_NAME';

export interface Registration {
  readonly kind: ComponentKind;
  /** as registered: `iso`, or `plugin.DEFAULT_NAME` */
  readonly registeredAs: string;
  /** the component's Go type as main.go writes it (`proxmoxiso.Builder`), or its constructor (`builder.NewBuilder`) */
  readonly goType: string;
  /** true when `goType` names a function that returns the component */
  readonly constructor: boolean;
}

const kinds: Record<string, ComponentKind> = {
  Builder: 'builder',
  Provisioner: 'provisioner',
  PostProcessor: 'post-processor',
  Datasource: 'data-source',
};

export function parseRegistrations(mainGo: string): { registrations: Registration[]; unread: string[] } {
  const registrations: Registration[] = [];
  const unread: string[] = [];
  const code = mainGo.replace(/\/\/.*$/gm, '');
  for (const match of code.matchAll(/\.Register(Builder|Provisioner|PostProcessor|Datasource)\(/g)) {
    const inner = balancedArguments(code, match.index + match[0].length);
    const call = `${match[0]}${inner})`;
    const args = splitArguments(inner);
    const nameArg = args.length > 1 ? args[0]! : DEFAULT_NAME;
    const componentArg = args[args.length - 1] ?? '';
    const registeredAs = registeredName(nameArg, code);
    const goType = /^(?:new\(\s*([\w.]+)\s*\)|&([\w.]+)\s*\{[^}]*\}|([\w.]+)\(\s*\))$/.exec(componentArg);
    if (registeredAs === undefined || !goType) {
      unread.push(call);
      continue;
    }
    const kind = kinds[match[1]!]!;
    registrations.push({
      kind,
      registeredAs,
      goType: (goType[1] ?? goType[2] ?? goType[3])!,
      constructor: !!goType[3],
    });
  }
  return { registrations, unread };
}

function registeredName(arg: string, code: string): string | undefined {
  const literal = /^"([^"]*)"$/.exec(arg);
  if (literal) return literal[1];
  if (arg === DEFAULT_NAME) return DEFAULT_NAME;
  if (/^\w+$/.test(arg)) return new RegExp(`\\b${arg}\\s*=\\s*"([^"]*)"`).exec(code)?.[1];
  return undefined;
}

/** The text between an opening parenthesis (just before `start`) and its closing one. */
function balancedArguments(code: string, start: number): string {
  let depth = 1;
  for (let i = start; i < code.length; i++) {
    const char = code[i]!;
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return code.slice(start, i);
  }
  return code.slice(start);
}

/** Split call arguments at the commas outside brackets. */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

/** The type templates write: `<plugin>-<registered>`, or the plugin's name for `plugin.DEFAULT_NAME`. */
export function componentType(plugin: string, registeredAs: string): string {
  return registeredAs === DEFAULT_NAME ? plugin : `${plugin}-${registeredAs}`;
}
