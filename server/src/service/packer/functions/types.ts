/** Shapes of function signatures shared by completion, signature help and hover. */

export interface FunctionParameter {
  readonly name: string;
  /** Type as Packer documents it: `string`, `number`, `list of string`, `any`... */
  readonly type: string;
  /** The parameter soaks up every remaining argument. */
  readonly variadic?: boolean;
}

export interface FunctionSignature {
  readonly name: string;
  readonly parameters: readonly FunctionParameter[];
  readonly returns: string;
  /** One plain sentence, our own words. */
  readonly summary: string;
  /** Packer documentation page for the function. */
  readonly docs: string;
}

/** A `{{ }}` function of legacy JSON templates, with where Packer accepts it. */
export interface LegacyFunctionSignature extends FunctionSignature {
  /** Builder types (`amazon-*` patterns allowed) that provide it; absent means every template. */
  readonly builders?: readonly string[];
  /** Packer evaluates it only in the `variables` section (it reads the environment or a secret store). */
  readonly onlyInVariables?: boolean;
  /** Present when the function should no longer be used: what to write instead. */
  readonly deprecated?: string;
  /** Debian's packer 1.6.6 does not know it yet. */
  readonly notInPacker166?: boolean;
}

/** A `{{ .Name }}` field that a component fills in some of its own settings at build time. */
export interface LegacyContextVariable {
  /** Without the leading dot: `HTTPIP` for `{{ .HTTPIP }}`. */
  readonly name: string;
  readonly summary: string;
  /** Component types that provide it (`amazon-*` patterns allowed). */
  readonly components: readonly string[];
  readonly docs: string;
}

function parameterLabel(parameter: FunctionParameter): string {
  return `${parameter.variadic ? '...' : ''}${parameter.name} ${parameter.type}`;
}

/** `name(param type, ...rest type) returns` — the label signature help and hover show. */
export function signatureLabel(fn: FunctionSignature): string {
  return `${fn.name}(${fn.parameters.map(parameterLabel).join(', ')}) ${fn.returns}`;
}
