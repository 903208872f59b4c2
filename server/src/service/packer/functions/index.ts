/** Look-up of function signatures: HCL2 functions and legacy JSON template functions. */
import { hcl2Facts } from '../../schema/generated/hcl2';
import { collectionFunctions } from './hclFunctions/collections';
import { conversionFunctions } from './hclFunctions/conversion';
import { cryptoFunctions } from './hclFunctions/crypto';
import { datetimeFunctions } from './hclFunctions/datetime';
import { encodingFunctions } from './hclFunctions/encoding';
import { filesystemFunctions } from './hclFunctions/filesystem';
import { networkFunctions } from './hclFunctions/network';
import { numericFunctions } from './hclFunctions/numeric';
import { packerFunctions } from './hclFunctions/packer';
import { stringFunctions } from './hclFunctions/strings';
import { legacyContextVariables } from './legacyContextVariables';
import { legacyFunctions } from './legacyFunctions';
import { buildVariables, type BuildVariable } from './buildVariables';
import { variableDefaultFunctions as defaultFunctions } from './variableDefaultFunctions';
import type { FunctionSignature, LegacyContextVariable, LegacyFunctionSignature } from './types';

export type { FunctionParameter, FunctionSignature, LegacyContextVariable, LegacyFunctionSignature } from './types';
export { signatureLabel } from './types';
export type { BuildVariable } from './buildVariables';
export { BUILD_VARIABLES_DOCS } from './buildVariables';
export { HCL_FUNCTIONS_DOCS } from './define';

function byName<T extends { readonly name: string }>(items: readonly T[]): readonly T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const hclFunctions = byName([
  ...collectionFunctions,
  ...conversionFunctions,
  ...cryptoFunctions,
  ...datetimeFunctions,
  ...encodingFunctions,
  ...filesystemFunctions,
  ...networkFunctions,
  ...numericFunctions,
  ...packerFunctions,
  ...stringFunctions,
]);
const sortedLegacyFunctions = byName(legacyFunctions);
const sortedContextVariables = byName(legacyContextVariables);

// Maps, not objects: a name typed by the user such as `constructor` must not hit a prototype member.
const hclByName = new Map(hclFunctions.map((fn) => [fn.name, fn]));
const legacyByName = new Map(sortedLegacyFunctions.map((fn) => [fn.name, fn]));
const contextVariableByName = new Map(sortedContextVariables.map((v) => [v.name, v]));
const packer166 = new Set<string>(hcl2Facts.functionsPacker166);

/** Signature of an HCL2 function of current Packer, `undefined` for unknown names. */
export function hclFunction(name: string): FunctionSignature | undefined {
  return hclByName.get(name);
}

/** Every HCL2 function current Packer knows, sorted by name. */
export function allHclFunctions(): readonly FunctionSignature[] {
  return hclFunctions;
}

/** Signature of a legacy JSON template function, `undefined` for unknown names. */
export function legacyFunction(name: string): LegacyFunctionSignature | undefined {
  return legacyByName.get(name);
}

/** Every legacy JSON template function, builder-specific and removed ones included, sorted by name. */
export function allLegacyFunctions(): readonly LegacyFunctionSignature[] {
  return sortedLegacyFunctions;
}

/** A legacy `{{ .Name }}` template variable, by its name without the dot; `undefined` when unknown. */
export function legacyContextVariable(name: string): LegacyContextVariable | undefined {
  return contextVariableByName.get(name);
}

/** The common legacy `{{ .Name }}` template variables, sorted by name. */
export function allLegacyContextVariables(): readonly LegacyContextVariable[] {
  return sortedContextVariables;
}

/** Whether Debian's packer 1.6.6 already had this HCL2 function. */
export function isInPacker166(name: string): boolean {
  return packer166.has(name);
}

const defaultFunctionByName = new Map(defaultFunctions.map((fn) => [fn.name, fn]));

/** Functions only a variable's `default` may call (`env`); not among `allHclFunctions()`. */
export function variableDefaultFunctions(): readonly FunctionSignature[] {
  return defaultFunctions;
}

/** A function only a variable's `default` may call, by name. */
export function variableDefaultFunction(name: string): FunctionSignature | undefined {
  return defaultFunctionByName.get(name);
}

const buildVariableByName = new Map(buildVariables.map((v) => [v.name, v]));

/** What a builder shares once the machine is up: `{{ build `Host` }}`, `build.Host`. */
export function allBuildVariables(syntax: 'hcl' | 'legacy'): readonly BuildVariable[] {
  return syntax === 'hcl' ? buildVariables : buildVariables.filter((v) => v.hclOnly !== true);
}

export function buildVariable(name: string): BuildVariable | undefined {
  return buildVariableByName.get(name);
}

/**
 * Whether a component type is among `patterns`, the components a legacy function or context
 * variable belongs to: `amazon-*` and `proxmox*` stand for every type with that prefix.
 */
export function isComponentAmong(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? type.startsWith(p.slice(0, -1)) : p === type));
}
