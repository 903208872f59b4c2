/**
 * The HCL2 native-syntax parser's public face.
 *
 *   parseHcl(text)            a file (`*.pkr.hcl`, `*.pkrvars.hcl`): body, diagnostics, comments
 *   parseHclExpression(text)  one expression (a `-var` value, a test expectation)
 *   parseHclTemplate(text)    a bare template (the strings of `*.pkr.json`, which HCL reads as templates)
 *   evaluate(expression)      its constant value, or `unknown`
 *   references(expression)    the variables it refers to, with ranges
 *   LineIndex                 offsets to lines and columns (editor and HCL conventions)
 *
 * The parser never throws on bad input: every mistake becomes a diagnostic and the tree is whole.
 */

export type * from './ast';
export type { HclDiagnostic, HclDiagnosticCode, HclFix } from './diagnostics';
export { evaluate, type EvaluationContext } from './evaluate';
export { type HclValue, toPlain, valuesEqual } from './values';
export { references, forEachChild, forEachBodyExpression, templateDelimiters } from './walk';
export { LineIndex, utf8Length, type HclPosition, type LineCharacter } from './positions';
export { parseHcl, parseHclExpression, parseHclTemplate, type HclFile } from './parser';
