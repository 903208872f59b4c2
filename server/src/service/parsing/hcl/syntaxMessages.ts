/**
 * The parser's diagnostics. Summaries are HCL's (hclsyntax/parser*.go), so that they match what
 * `packer validate` prints; each detail first says in plain words what was found and how it was
 * read, then quotes HCL.
 */
import type { Range } from './ast';
import { error, type HclDiagnostic, type HclFix } from './diagnostics';

const NEWLINE_AFTER_ARG = 'An argument definition must end with a newline.';
const UNCLOSED_BLOCK =
  'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

export function commaAfterArgument(range: Range, fix: HclFix | undefined): HclDiagnostic {
  return error(
    'comma-after-argument',
    range,
    'Unexpected comma after argument',
    `A comma follows this argument: arguments in a block are not separated by commas (that is the style of an object value like { a = 1, b = 2 }). Argument definitions must be separated by newlines, not commas. ${NEWLINE_AFTER_ARG}`,
    fix,
  );
}

export function missingNewline(range: Range, found: string): HclDiagnostic {
  return error(
    'missing-newline',
    range,
    'Missing newline after argument',
    `${found} follows the argument's value on the same line. ${NEWLINE_AFTER_ARG}`,
  );
}

export function missingNewlineAfterBlock(range: Range, found: string): HclDiagnostic {
  return error(
    'missing-newline',
    range,
    'Missing newline after block definition',
    `${found} follows the block's closing brace on the same line. A block definition must end with a newline.`,
  );
}

export function blockEquals(range: Range, fix: HclFix): HclDiagnostic {
  return error(
    'block-equals',
    range,
    'Invalid block definition',
    'An equals sign "=" stands between the block\'s labels and its opening brace; it is read here as a block. The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
    fix,
  );
}

export function braceOnNextLine(range: Range, fix: HclFix): HclDiagnostic {
  return error(
    'invalid-block',
    range,
    'Invalid block definition',
    'The block\'s opening brace is on the next line; it is read here as the block it opens. A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
    fix,
  );
}

export function invalidBlockHeader(range: Range, found: string, newline: boolean): HclDiagnostic {
  const hcl = newline
    ? 'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'
    : 'Either a quoted string block label or an opening brace ("{") is expected here.';
  return error(
    'invalid-block',
    range,
    'Invalid block definition',
    `${found} comes where the block's next label or its "{" should be. ${hcl}`,
  );
}

export function unclosedBlock(range: Range, type: string): HclDiagnostic {
  return error(
    'unclosed-block',
    range,
    'Unclosed configuration block',
    `The "{" of this ${type} block is never closed: a "}" is missing. ${UNCLOSED_BLOCK}`,
  );
}

export function unexpectedCloseBrace(range: Range): HclDiagnostic {
  return error(
    'argument-or-block-expected',
    range,
    'Argument or block definition required',
    'This closing brace "}" closes nothing: no block is open here. An argument or block definition is required here.',
  );
}

export function missingEquals(range: Range, name: string, fix: HclFix, inObject: boolean): HclDiagnostic {
  const summary = inObject ? 'Missing key/value separator' : 'Argument or block definition required';
  const hcl = inObject
    ? 'Expected an equals sign ("=") to mark the beginning of the attribute value.'
    : 'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.';
  return error(
    'missing-equals',
    range,
    summary,
    `An equals sign "=" is missing between "${name}" and its value; it is read here as "${name} = ...". ${hcl}`,
    fix,
  );
}

export function colonForEquals(range: Range, name: string, fix: HclFix): HclDiagnostic {
  return error(
    'missing-equals',
    range,
    'Argument or block definition required',
    `A colon ":" follows "${name}": arguments are set with an equals sign, as in "${name} = ...", and it is read that way here. An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.`,
    fix,
  );
}

export function argumentOrBlockRequired(range: Range, found: string, afterName: boolean): HclDiagnostic {
  const hcl = afterName
    ? 'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
    : 'An argument or block definition is required here.';
  return error(
    'argument-or-block-expected',
    range,
    'Argument or block definition required',
    `${found} is here, where an argument (name = value) or a block (type "label" { ... }) should start. ${hcl}`,
  );
}

export function quotedArgumentName(range: Range, fix: HclFix | undefined): HclDiagnostic {
  return error(
    'quoted-argument-name',
    range,
    'Invalid argument name',
    'This argument name is in quotes; it is read here as the name. Argument names must not be quoted.',
    fix,
  );
}

export function duplicateArgument(range: Range, name: string, firstLine: number): HclDiagnostic {
  return error(
    'duplicate-argument',
    range,
    'Attribute redefined',
    `"${name}" is set a second time in this block (first on line ${firstLine}). The argument "${name}" was already set. Each argument may be set only once.`,
  );
}

export function singleLineBlock(range: Range, detail: string): HclDiagnostic {
  return error('single-line-block', range, 'Invalid single-argument block definition', detail);
}

export const SINGLE_LINE = {
  comma:
    'A block written on one line holds one argument, so this comma cannot start another. Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
  newline:
    "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
  other:
    'A single-line block definition must end with a closing brace immediately after its single argument definition.',
};

export function singleLineNestedBlock(range: Range, name: string): HclDiagnostic {
  return error(
    'single-line-block',
    range,
    'Argument definition required',
    `A single-line block definition can contain only a single argument. If you meant to define argument "${name}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
  );
}

export function missingExpression(range: Range, found: string, atEnd: boolean): HclDiagnostic {
  if (atEnd)
    return error(
      'invalid-expression',
      range,
      'Missing expression',
      `A value is missing here. Expected the start of an expression, but found the end of the file.`,
    );
  return error(
    'invalid-expression',
    range,
    'Invalid expression',
    `${found} is here, where a value should start. Expected the start of an expression, but found an invalid expression token.`,
  );
}

export function missingSeparator(range: Range, summary: string, hcl: string, fix: HclFix | undefined): HclDiagnostic {
  const said = fix === undefined ? '' : 'A comma is missing between two items; it is read here as if present. ';
  return error('missing-separator', range, summary, said + hcl, fix);
}

export function unclosed(range: Range, summary: string, detail: string): HclDiagnostic {
  return error('unclosed-bracket', range, summary, detail);
}

export function invalidTraversal(range: Range, summary: string, detail: string): HclDiagnostic {
  return error('invalid-traversal', range, summary, detail);
}

export function invalidFor(range: Range, detail: string, directive = false): HclDiagnostic {
  return error('invalid-for', range, directive ? "Invalid 'for' directive" : "Invalid 'for' expression", detail);
}

export function invalidTemplate(range: Range, summary: string, detail: string): HclDiagnostic {
  return error('invalid-template', range, summary, detail);
}

export function invalidNumber(range: Range, raw: string): HclDiagnostic {
  return error(
    'invalid-number',
    range,
    'Invalid number literal',
    `"${raw}" is not a number. Failed to recognize the value of this number literal.`,
  );
}
