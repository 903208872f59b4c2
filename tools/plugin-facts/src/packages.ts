/**
 * Go packages read from git at a revision, and the resolution of an import path to one: inside the
 * plugin's own module at the release being read, or in another module of the checkouts folder (the
 * packer-plugin-sdk above all) at the version the plugin's go.mod requires.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo, findGitDir } from './git';
import { type GoMod, moduleBase, parseGoMod, versionRevision } from './goModule';
import { type GoFile, parseGoFile, structFields, type GoField } from './goSource';
import { type Version, compareVersions, parseReleaseTag, releaseTags } from './semver';

export interface GoPackage {
  readonly repo: GitRepo;
  readonly rev: string;
  readonly dir: string;
  readonly importPath: string;
  readonly files: readonly GoFile[];
  /** the name of each of `files` in the package folder */
  readonly fileNames: readonly string[];
  /** the go.mod that decides the versions of other modules this package imports */
  readonly context: ModuleContext;
}

/** One module at one revision, with the requirements that decide which versions its imports resolve to. */
export interface ModuleContext {
  readonly repo: GitRepo;
  readonly rev: string;
  readonly goMod: GoMod;
}

/** Every repository of a checkouts folder, by module path (read from go.mod at HEAD). */
export class Workspace {
  private readonly byModule = new Map<string, GitRepo>();
  private readonly parsed = new Map<string, GoFile>();
  private readonly packages = new Map<string, GoPackage | undefined>();
  readonly repos = new Map<string, GitRepo>();
  /** folder names of the repositories read as another plugin's dependency (the SDK, Packer itself) */
  readonly dependencies = new Set<string>();

  constructor(folder: string) {
    for (const name of readdirSync(folder).sort()) {
      const gitDir = findGitDir(join(folder, name));
      if (!gitDir) continue;
      const repo = new GitRepo(gitDir);
      this.repos.set(name, repo);
      const goMod = repo.show('HEAD', 'go.mod');
      if (goMod) this.byModule.set(moduleBase(parseGoMod(goMod).modulePath), repo);
    }
  }

  /** The repository of a checkout folder entry, by its `<owner>+<name>` or `<name>` folder name (any case). */
  repoFor(owner: string, name: string): GitRepo | undefined {
    const wanted = [`${owner}+${name}`, name].map((n) => n.toLowerCase());
    for (const [folderName, repo] of this.repos) if (wanted.includes(folderName.toLowerCase())) return repo;
    return undefined;
  }

  parse(repo: GitRepo, id: string): GoFile {
    const key = `${repo.gitDir}:${id}`;
    let file = this.parsed.get(key);
    if (!file) {
      file = parseGoFile(repo.blob(id));
      this.parsed.set(key, file);
    }
    return file;
  }

  /** The package of an import path as seen from a module context; undefined when no checkout has it. */
  resolveImport(context: ModuleContext, importPath: string): GoPackage | undefined {
    const own = context.goMod.modulePath;
    if (importPath === own || importPath.startsWith(`${own}/`)) {
      return this.loadPackage(context, importPath, importPath.slice(own.length + 1));
    }
    let best: [string, string] | undefined;
    for (const [path, version] of context.goMod.requires) {
      if ((importPath === path || importPath.startsWith(`${path}/`)) && (!best || path.length > best[0].length)) {
        best = [path, version];
      }
    }
    if (!best) return undefined;
    const repo = this.byModule.get(moduleBase(best[0]));
    if (!repo) return undefined;
    for (const [folderName, candidate] of this.repos) if (candidate === repo) this.dependencies.add(folderName);
    const rev = this.revisionOf(repo, best[1]);
    const goModText = rev && repo.show(rev, 'go.mod');
    if (!rev || !goModText) return undefined;
    const dependency: ModuleContext = { repo, rev, goMod: parseGoMod(goModText) };
    return this.loadPackage(dependency, importPath, importPath.slice(best[0].length + 1));
  }

  /**
   * The revision of a module version; for a pseudo-version whose commit the snapshot lacks (a commit
   * of a branch), the newest release before it, which is the one it was made after.
   */
  private revisionOf(repo: GitRepo, version: string): string | undefined {
    const rev = versionRevision(version);
    if (repo.commitOf(rev)) return rev;
    const base = /^v(\d+)\.(\d+)\.(\d+)-/.exec(version);
    if (!base) return undefined;
    const wanted: Version = [Number(base[1]), Number(base[2]), Number(base[3])];
    const earlier = releaseTags(repo.tags()).filter((tag) => compareVersions(parseReleaseTag(tag)!, wanted) < 0);
    return earlier[earlier.length - 1];
  }

  loadPackage(context: ModuleContext, importPath: string, dir: string): GoPackage | undefined {
    const key = `${context.repo.gitDir}@${context.rev}:${dir}`;
    if (this.packages.has(key)) return this.packages.get(key);
    const entries = context.repo
      .list(context.rev, dir)
      .filter((e) => e.kind === 'blob' && e.name.endsWith('.go') && !e.name.endsWith('_test.go'));
    const files = entries.map((e) => this.parse(context.repo, e.id));
    const fileNames = entries.map((e) => e.name);
    const pkg = files.length
      ? { repo: context.repo, rev: context.rev, dir, importPath, files, fileNames, context }
      : undefined;
    this.packages.set(key, pkg);
    return pkg;
  }

  /**
   * The package and local name a type reference written in `file` (of `pkg`) points to:
   * `proxmox.FlatdiskConfig` through the file's imports, `FlatX` in the same package.
   */
  resolveTypeRef(pkg: GoPackage, file: GoFile, ref: string): { pkg: GoPackage; name: string } | undefined {
    const bare = ref.replace(/^[*\[\]]+/, '');
    const dot = bare.indexOf('.');
    if (dot < 0) return { pkg, name: bare };
    const alias = bare.slice(0, dot);
    const name = bare.slice(dot + 1);
    const explicit = file.imports.find((i) => i.alias === alias);
    if (explicit) {
      const target = this.resolveImport(pkg.context, explicit.path);
      return target && { pkg: target, name };
    }
    const candidates = file.imports.filter((i) => i.alias === undefined && lastElement(i.path).includes(alias));
    const fallbacks = file.imports.filter((i) => i.alias === undefined && !candidates.includes(i));
    for (const candidate of [...candidates, ...fallbacks]) {
      const target = this.resolveImport(pkg.context, candidate.path);
      if (target && target.files.some((f) => f.packageName === alias)) return { pkg: target, name };
    }
    return undefined;
  }
}

function lastElement(path: string): string {
  return moduleBase(path).split('/').pop()!.replace(/[-_.]/g, '');
}

/** The fields of a struct declared in a package, with the file that declares it. */
export function findStruct(pkg: GoPackage, name: string): { file: GoFile; fields: GoField[] } | undefined {
  for (const file of pkg.files) {
    const fields = structFields(file, name);
    if (fields) return { file, fields };
  }
  return undefined;
}
