/**
 * `${file}`, `${workspaceFolder}`... in a `tasks.json` entry. VS Code hands a provider's `resolveTask` the
 * definition with its variables still in it, and the template's kind and folder decide packer's arguments,
 * so the common variables are resolved here. Unknown ones are kept as written and reported.
 */

const VARIABLE = /\$\{([^}]+)\}/g;

export interface Substitution {
  text: string;
  /** Variables that were left as written. */
  unresolved: string[];
}

/** Replaces each `${name}` that `lookup` knows; `${env:NAME}` is looked up as `env:NAME`. */
export function substituteVariables(text: string, lookup: (name: string) => string | undefined): Substitution {
  const unresolved: string[] = [];
  const result = text.replace(VARIABLE, (whole, name: string) => {
    const value = lookup(name);
    if (value === undefined) {
      unresolved.push(whole);
      return whole;
    }
    return value;
  });
  return { text: result, unresolved };
}

export interface VariableSources {
  workspaceFolder?: string;
  /** The active editor's file. */
  file?: string;
  env: Record<string, string | undefined>;
  userHome: string;
  pathSeparator: string;
}

/** The predefined variables that make sense for a template path, from what the caller knows. */
export function variableLookup(sources: VariableSources): (name: string) => string | undefined {
  const { workspaceFolder, file } = sources;
  const sep = sources.pathSeparator;
  const dirname = (p: string): string => p.slice(0, Math.max(p.lastIndexOf(sep), 0)) || sep;
  const basename = (p: string): string => p.slice(p.lastIndexOf(sep) + 1);
  const relative = (p: string): string | undefined =>
    workspaceFolder !== undefined && p.startsWith(workspaceFolder + sep)
      ? p.slice(workspaceFolder.length + 1)
      : undefined;
  return (name) => {
    if (name.startsWith('env:')) return sources.env[name.slice(4)] ?? '';
    switch (name) {
      case 'workspaceFolder':
      case 'workspaceRoot':
        return workspaceFolder;
      case 'workspaceFolderBasename':
        return workspaceFolder === undefined ? undefined : basename(workspaceFolder);
      case 'userHome':
        return sources.userHome;
      case 'pathSeparator':
      case '/':
        return sep;
      case 'file':
        return file;
      case 'fileDirname':
        return file === undefined ? undefined : dirname(file);
      case 'fileBasename':
        return file === undefined ? undefined : basename(file);
      case 'fileBasenameNoExtension': {
        if (file === undefined) return undefined;
        const base = basename(file);
        const dot = base.lastIndexOf('.');
        return dot > 0 ? base.slice(0, dot) : base;
      }
      case 'relativeFile':
        return file === undefined ? undefined : relative(file);
      case 'relativeFileDirname':
        return file === undefined ? undefined : relative(dirname(file));
      default:
        return undefined;
    }
  };
}
