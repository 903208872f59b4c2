/**
 * Nests a template's flat parts: `%{ if }` ... `%{ else }` ... `%{ endif }` and `%{ for }` ...
 * `%{ endfor }` become TemplateIf and TemplateFor holding their parts (HCL's templateParser). An
 * unbalanced directive is reported and the template kept with what it has.
 */
import type { Expression, Identifier, Range, TemplateInterpolation, TemplatePart } from './ast';
import type { Parser } from './parserState';
import { fit } from './tokenQueries';
import { LiteralNode } from './nodes';
import * as msg from './syntaxMessages';

export interface FlatLiteral {
  type: 'literal';
  start: number;
  end: number;
  /** The text when it differs from the source slice (escapes, strip markers, indentation). */
  value: string | undefined;
}

export interface FlatControl {
  type: 'if' | 'else' | 'endif' | 'for' | 'endfor';
  range: Range;
  condition?: Expression;
  keyVariable?: Identifier | undefined;
  valueVariable?: Identifier;
  collection?: Expression;
}

export type FlatPart = FlatLiteral | { type: 'interpolation'; part: TemplateInterpolation } | FlatControl;

export function buildTemplateTree(p: Parser, flat: FlatPart[]): TemplatePart[] {
  const builder = new Builder(p, flat);
  const parts: TemplatePart[] = [];
  for (;;) {
    const sequence = builder.sequence();
    parts.push(...sequence.parts);
    if (sequence.end === undefined) return fit(parts);
    p.report(
      msg.invalidTemplate(
        sequence.end.range,
        `Unexpected ${sequence.end.type} directive`,
        'The control directives within this template are unbalanced.',
      ),
    );
  }
}

class Builder {
  private pos = 0;

  constructor(
    private readonly p: Parser,
    private readonly flat: FlatPart[],
  ) {}

  /** Parts up to the next else/endif/endfor (returned as `end`) or the end of the template. */
  sequence(): { parts: TemplatePart[]; end: FlatControl | undefined } {
    const parts: TemplatePart[] = [];
    while (this.pos < this.flat.length) {
      const part = this.flat[this.pos++]!;
      switch (part.type) {
        case 'literal': {
          const value = part.value ?? this.p.text.slice(part.start, part.end);
          parts.push(new LiteralNode(value, part.start, part.end));
          break;
        }
        case 'interpolation':
          parts.push(part.part);
          break;
        case 'if':
          parts.push(this.ifDirective(part));
          break;
        case 'for':
          parts.push(this.forDirective(part));
          break;
        default:
          return { parts: fit(parts), end: part };
      }
    }
    return { parts: fit(parts), end: undefined };
  }

  private ifDirective(open: FlatControl): TemplatePart {
    const line = this.p.lineOf(open.range.start);
    const then = this.sequence();
    let elseParts: TemplatePart[] | undefined;
    let end = then.end;
    if (end?.type === 'else') {
      const otherwise = this.sequence();
      elseParts = otherwise.parts;
      end = otherwise.end;
      if (end?.type === 'else')
        this.p.report(
          msg.invalidTemplate(
            end.range,
            'Unexpected else directive',
            `Already in the else clause for the if started on line ${line}.`,
          ),
        );
    }
    const last = this.unbalanced(end, 'endif', `if directive on line ${line}`, open);
    return {
      kind: 'templateIf',
      condition: open.condition!,
      then: then.parts,
      else: elseParts,
      range: { start: open.range.start, end: last },
    };
  }

  private forDirective(open: FlatControl): TemplatePart {
    const line = this.p.lineOf(open.range.start);
    const body = this.sequence();
    if (body.end?.type === 'else')
      this.p.report(
        msg.invalidTemplate(
          body.end.range,
          'Unexpected else directive',
          'An else clause is not expected for a for directive.',
        ),
      );
    const last = this.unbalanced(
      body.end?.type === 'else' ? undefined : body.end,
      'endfor',
      `for directive on line ${line}`,
      open,
    );
    return {
      kind: 'templateFor',
      keyVariable: open.keyVariable,
      valueVariable: open.valueVariable!,
      collection: open.collection!,
      body: body.parts,
      range: { start: open.range.start, end: last },
    };
  }

  /** Checks the directive's closing marker; returns where the directive ends. */
  private unbalanced(
    end: FlatControl | undefined,
    expected: 'endif' | 'endfor',
    what: string,
    open: FlatControl,
  ): number {
    if (end?.type === expected) return end.range.end;
    if (end === undefined) {
      this.p.report(
        msg.invalidTemplate(
          open.range,
          'Unexpected end of template',
          `The ${what} is missing its corresponding ${expected} directive.`,
        ),
      );
      const last = this.flat[this.flat.length - 1];
      return last === undefined
        ? open.range.end
        : last.type === 'literal'
          ? last.end
          : last.type === 'interpolation'
            ? last.part.range.end
            : last.range.end;
    }
    this.p.report(
      msg.invalidTemplate(
        end.range,
        `Unexpected ${end.type} directive`,
        `Expecting an ${expected} directive for the ${what}.`,
      ),
    );
    return end.range.end;
  }
}
