/**
 * What every request handler checks before it works: the shape of its parameters (a client that
 * sends a null position or a number for a URI gets InvalidParams, -32602, with what is wrong, as
 * the protocol asks, instead of an internal error from deep inside a handler), and whether the
 * client has cancelled it meanwhile (a request that waited behind a validation may be moot).
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** What is wrong with `value`, or undefined when it has the expected shape. */
type Check = (value: unknown) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const field = (name: string, check: Check): Check => {
  return (value) => {
    if (!isObject(value)) return `expected an object with "${name}"`;
    const problem = check(value[name]);
    return problem === undefined ? undefined : `"${name}": ${problem}`;
  };
};

const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || value === null ? undefined : check(value);

const all =
  (...checks: Check[]): Check =>
  (value) => {
    for (const check of checks) {
      const problem = check(value);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };

export const isString: Check = (value) => (typeof value === 'string' ? undefined : `expected a string`);

const isUint: Check = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? undefined : 'expected an unsigned integer';

const isBoolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'expected a boolean');

const isArray: Check = (value) => (Array.isArray(value) ? undefined : 'expected an array');

export const position: Check = all(field('line', isUint), field('character', isUint));
export const range: Check = all(field('start', position), field('end', position));
export const textDocument: Check = field('textDocument', field('uri', isString));
export const textDocumentPosition: Check = all(textDocument, field('position', position));
export const references: Check = all(textDocumentPosition, field('context', field('includeDeclaration', isBoolean)));
export const rename: Check = all(textDocumentPosition, field('newName', isString));
export const formatting: Check = all(
  textDocument,
  field('options', all(field('tabSize', isUint), field('insertSpaces', isBoolean))),
);
export const rangeFormatting: Check = all(formatting, field('range', range));
export const codeAction: Check = all(
  textDocument,
  field('range', range),
  field('context', all(field('diagnostics', isArray), field('only', optional(isArray)))),
);
export const workspaceSymbol: Check = field('query', isString);
export const uriParams: Check = field('uri', isString);

/**
 * `handler` behind a check of its parameters (a mismatch answers InvalidParams with the reason) and
 * of its cancellation (answered RequestCancelled without doing the work).
 */
export function guarded<P, R>(
  check: Check,
  handler: (params: P, token: CancellationToken | undefined) => R,
): (params: P, token?: CancellationToken) => R {
  return (params, token) => {
    if (token?.isCancellationRequested === true)
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const problem = check(params);
    if (problem !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters: ${problem}`);
    return handler(params, token);
  };
}
