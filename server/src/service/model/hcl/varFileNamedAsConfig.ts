/**
 * A `.pkr.hcl` file that is really a variable file: nothing but top-level assignments
 * (`api_token = "..."`), in a folder where no file has a `source` or `build` block, so nobody runs
 * `packer build` on that folder. Projects pass such a file with `-var-file`, and Packer reads any
 * variable file whose name does not end in `.json` as HCL (checked with Packer 1.6.6:
 * `packer validate -var-file ../credentials.pkr.hcl .` accepts it, `packer validate .` in its own
 * folder rejects every line). It is read as a variable file here too; the information finding
 * `var-file-named-as-config` suggests the `.pkrvars.hcl` name. Where the folder has sources or
 * builds, Packer loads the file as configuration and rejects it, and so do we.
 */
import type { HclFile } from './hclFile';

export function readAsVarFiles(files: HclFile[]): HclFile[] {
  const buildable = files.some(
    (f) =>
      f.role === 'config' &&
      f.body.items.some((i) => i.kind === 'block' && (i.type === 'source' || i.type === 'build')),
  );
  if (buildable) return files;
  return files.map((f) => (onlyAssignments(f) ? { ...f, role: 'vars', namedAsConfig: true } : f));
}

function onlyAssignments(file: HclFile): boolean {
  if (file.role !== 'config' || file.json !== undefined || !file.name.toLowerCase().endsWith('.pkr.hcl')) return false;
  // A file the parser had to repair (`source "amazon` cut short) may be a configuration being typed.
  if (file.diagnostics.length > 0) return false;
  const items = file.body.items;
  return items.length > 0 && items.every((i) => i.kind === 'attribute');
}
