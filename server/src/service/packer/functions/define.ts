/** Small constructors that keep the signature tables short and uniform. */
import type { FunctionParameter, FunctionSignature } from './types';

/** The index of Packer's HCL2 function docs; each function's page lies below it. */
export const HCL_FUNCTIONS_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions';

/** The section of Packer's HCL2 function docs a function is filed under (the URL's folder). */
export type HclDocsCategory =
  | 'collection'
  | 'contextual'
  | 'conversion'
  | 'crypto'
  | 'datetime'
  | 'encoding'
  | 'file'
  | 'ipnet'
  | 'numeric'
  | 'string'
  | 'uuid';

export function param(name: string, type: string): FunctionParameter {
  return { name, type };
}

/** A parameter that takes any number of further arguments (cty's `VarParam`). */
export function rest(name: string, type: string): FunctionParameter {
  return { name, type, variadic: true };
}

/**
 * Returns a constructor for the HCL2 functions of one docs category. `page` is given only where
 * the docs page is not named after the function (`index` lives at `index-fn`).
 */
export function hclCategory(category: HclDocsCategory) {
  return (
    name: string,
    parameters: readonly FunctionParameter[],
    returns: string,
    summary: string,
    page: string = name,
  ): FunctionSignature => ({ name, parameters, returns, summary, docs: `${HCL_FUNCTIONS_DOCS}/${category}/${page}` });
}
