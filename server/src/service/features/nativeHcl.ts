import { isHclDocument, type DocumentInput } from '../document';

/**
 * An HCL2 document in native syntax (`*.pkr.hcl`, `*.pkrvars.hcl`), told from what the client sent
 * alone: folding and fix layout read the text without analysing its folder. HCL's JSON syntax
 * (`*.pkr.json`) is folded and edited as JSON.
 */
export function isNativeHclInput(input: Pick<DocumentInput, 'uri' | 'languageId'>): boolean {
  return isHclDocument(input) && !/\.json$/i.test(input.uri);
}
