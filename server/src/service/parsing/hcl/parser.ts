/**
 * The entry points: a file, an expression, a bare template. Each scans once, parses, and returns
 * the tree with every diagnostic sorted by position. Nothing here throws on bad input.
 */
import type { Body, Expression, Range, TemplateExpression } from './ast';
import { byPosition, type HclDiagnostic } from './diagnostics';
import { parseBody } from './parseBody';
import { parseExpression } from './parseExpression';
import { parseBareTemplate } from './parseTemplate';
import { Parser } from './parserState';
import { describeToken } from './tokenQueries';
import { scan, type ScanResult } from './scanner';
import * as msg from './syntaxMessages';
import { T } from './tokens';

export interface HclFile {
  body: Body;
  /** Sorted by position. */
  diagnostics: HclDiagnostic[];
  /** Line comments (`#`, `//`) and inline comments, delimiters included. */
  comments: Range[];
}

export function parseHcl(text: string): HclFile {
  const scanned = scan(text, 'file');
  const parser = new Parser(text, scanned, { closeAtColumnZero: false });
  const body = parseBody(parser, undefined);
  if (parser.sawUnclosedBlock && !parser.gaveUp) {
    // A block left open swallowed the rest of the file. Read it again, closing it where the next
    // unindented block starts: the blocks after it are then where the user put them. Unless that
    // reads worse (a file whose nested blocks are not indented): then the first reading stands.
    const second = new Parser(text, scanned, { closeAtColumnZero: true });
    const secondBody = parseBody(second, undefined);
    if (second.diagnostics.length <= parser.diagnostics.length) {
      return { body: secondBody, diagnostics: merge(scanned, second), comments: scanned.comments };
    }
  }
  return { body, diagnostics: merge(scanned, parser), comments: scanned.comments };
}

export function parseHclExpression(text: string): { expression: Expression; diagnostics: HclDiagnostic[] } {
  const scanned = scan(text, 'file');
  const parser = new Parser(text, scanned, { closeAtColumnZero: false });
  parser.newlines = false;
  const expression = parseExpression(parser);
  const rest = parser.peek();
  if (parser.kinds[rest] !== T.EOF) {
    parser.report(msg.missingNewline(parser.range(rest), describeToken(parser, rest)));
  }
  return { expression, diagnostics: merge(scanned, parser) };
}

export function parseHclTemplate(text: string): { template: TemplateExpression; diagnostics: HclDiagnostic[] } {
  const scanned = scan(text, 'template');
  const parser = new Parser(text, scanned, { closeAtColumnZero: false });
  const template = parseBareTemplate(parser);
  return { template, diagnostics: merge(scanned, parser) };
}

function merge(scanned: ScanResult, parser: Parser): HclDiagnostic[] {
  if (scanned.diagnostics.length === 0) return parser.diagnostics.sort(byPosition);
  return [...scanned.diagnostics, ...parser.diagnostics].sort(byPosition);
}
