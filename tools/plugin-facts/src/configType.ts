/**
 * Which Flat type a component's settings (ConfigSpec) or a data source's outputs (OutputSpec) come from,
 * read from the method body: `b.config.FlatMapstructure().HCL2Spec()` (the type of field `config`),
 * `(&DatasourceOutput{}).FlatMapstructure()`, `(*FlatConfig)(nil).HCL2Spec()`, or a method inherited
 * from an embedded struct.
 */
import { methodBody } from './goSource';
import { type GoPackage, type Workspace, findStruct } from './packages';
import { type FlatSpec, findFlatSpec } from './settings';

export function specOfMethod(
  ws: Workspace,
  pkg: GoPackage,
  typeName: string,
  method: 'ConfigSpec' | 'OutputSpec',
  depth = 0,
): FlatSpec | undefined {
  const found = findStruct(pkg, typeName);
  for (const file of pkg.files) {
    const body = methodBody(file, typeName, method);
    if (body === undefined) continue;
    const direct = /\(\*([\w.]+)\)\(nil\)\.HCL2Spec\(\)|new\(([\w.]+)\)\.HCL2Spec\(\)/.exec(body);
    if (direct) return flatOf(ws, pkg, file, direct[1] ?? direct[2]!, false);
    const literal = /\(&?([\w.]+)\{\}\)\.FlatMapstructure\(\)/.exec(body);
    if (literal) return flatOf(ws, pkg, file, literal[1]!, true);
    const field = /\b\w+\.(\w+)\.FlatMapstructure\(\)/.exec(body);
    if (field && found) {
      const declared = found.fields.find((f) => f.name === field[1] || (!f.name && f.type.endsWith(`.${field[1]}`)));
      if (declared) return flatOf(ws, pkg, found.file, declared.type, true);
    }
    if (/return\s+\w+\.FlatMapstructure\(\)/.test(body)) return flatOf(ws, pkg, file, typeName, true);
    const delegated = /return\s+\w+\.(\w+)\.\w+Spec\(\)/.exec(body);
    if (delegated && found && depth < 3) {
      const declared = found.fields.find((f) => f.name === delegated[1]);
      const target = declared && ws.resolveTypeRef(pkg, found.file, declared.type);
      if (target) return specOfMethod(ws, target.pkg, target.name, method, depth + 1);
    }
    return undefined;
  }
  // No such method here: it comes from an embedded struct.
  if (!found || depth >= 3) return undefined;
  for (const embedded of found.fields.filter((f) => f.name === undefined)) {
    const target = ws.resolveTypeRef(pkg, found.file, embedded.type);
    const spec = target && specOfMethod(ws, target.pkg, target.name, method, depth + 1);
    if (spec) return spec;
  }
  return undefined;
}

function flatOf(ws: Workspace, pkg: GoPackage, file: GoPackage['files'][number], ref: string, addFlat: boolean) {
  const target = ws.resolveTypeRef(pkg, file, ref);
  if (!target) return undefined;
  return findFlatSpec(target.pkg, addFlat ? `Flat${target.name}` : target.name);
}
