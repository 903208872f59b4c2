/**
 * What `npm run package` made: only what the extension runs (manifest, the two bundles and the
 * server's component data, language configurations, grammars), every file the manifest points to, and
 * within the size budget.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';
import { zipEntries } from './zipEntries';

/** With the schemas of every plugin's components (about 180) the package is about 1.1 MiB. */
export const SIZE_BUDGET = 1.5 * 1024 * 1024;

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server)\.js$/,
  // the component schemas and validators, read by the server on first use (scripts/compile-validators.mjs)
  /^extension\/dist\/packer-components\.dat$/,
  /^extension\/[a-z]+\.language-configuration\.json$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/snippets\/[\w.-]+\.json$/,
];

interface Manifest {
  main?: string;
  contributes?: {
    languages?: Array<{ configuration?: string }>;
    grammars?: Array<{ path?: string }>;
    snippets?: Array<{ path?: string }>;
  };
}

export interface VsixReport {
  bytes: number;
  files: string[];
  problems: string[];
}

export function checkVsix(vsix: string): VsixReport {
  const zip = fs.readFileSync(vsix);
  const files = zipEntries(zip).map((entry) => entry.name);
  const problems: string[] = [];
  for (const file of files) {
    if (!ALLOWED.some((pattern) => pattern.test(file))) problems.push(`${file} should not be in the .vsix`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const referenced = [
    manifest.main,
    ...(manifest.contributes?.languages ?? []).map((l) => l.configuration),
    ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
    ...(manifest.contributes?.snippets ?? []).map((s) => s.path),
  ].filter((p): p is string => p !== undefined);
  for (const reference of referenced) {
    const inside = `extension/${path.posix.normalize(reference)}`;
    if (!files.includes(inside)) problems.push(`package.json refers to ${reference}, which is not in the .vsix`);
  }
  if (zip.length > SIZE_BUDGET) problems.push(`${zip.length} bytes is over the budget of ${SIZE_BUDGET}`);
  return { bytes: zip.length, files, problems };
}
