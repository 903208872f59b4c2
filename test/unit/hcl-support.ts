/**
 * Helpers for the HCL parser's tests: a compact S-expression rendering of expressions and bodies
 * (so that an expectation fits on one line), and the text a diagnostic's range covers.
 */
import type { Body, Expression, TemplatePart, TraversalStep } from '../../server/src/service/parsing/hcl/ast';
import type { HclDiagnostic } from '../../server/src/service/parsing/hcl/diagnostics';

export function sexpr(expression: Expression): string {
  switch (expression.kind) {
    case 'number':
      return expression.raw;
    case 'bool':
      return String(expression.value);
    case 'null':
      return 'null';
    case 'template':
      return `(${expression.style === 'heredoc' ? 'heredoc' : 'str'}${parts(expression.parts)})`;
    case 'scopeTraversal':
      return expression.root + steps(expression.steps);
    case 'relativeTraversal':
      return `(rel ${sexpr(expression.source)} ${steps(expression.steps)})`;
    case 'index':
      return `(index ${sexpr(expression.collection)} ${sexpr(expression.key)})`;
    case 'splat':
      return `(splat-${expression.style} ${sexpr(expression.source)} ${sexpr(expression.each)})`;
    case 'splatItem':
      return '*';
    case 'functionCall':
      return `(call ${expression.name}${expression.args.map((a) => ' ' + sexpr(a)).join('')}${expression.expandFinal ? ' ...' : ''})`;
    case 'tuple':
      return `[${expression.items.map(sexpr).join(' ')}]`;
    case 'object':
      return `{${expression.items.map((i) => `${i.key.name ?? sexpr(i.key.expression)}=${sexpr(i.value)}`).join(' ')}}`;
    case 'for': {
      const names =
        expression.keyVariable === undefined
          ? expression.valueVariable.name
          : `${expression.keyVariable.name},${expression.valueVariable.name}`;
      const key = expression.keyExpression === undefined ? '' : ` ${sexpr(expression.keyExpression)} =>`;
      const cond = expression.condition === undefined ? '' : ` if ${sexpr(expression.condition)}`;
      return `(for-${expression.resultType} ${names} in ${sexpr(expression.collection)}:${key} ${sexpr(expression.valueExpression)}${expression.grouping ? '...' : ''}${cond})`;
    }
    case 'conditional':
      return `(? ${sexpr(expression.condition)} ${sexpr(expression.trueResult)} ${sexpr(expression.falseResult)})`;
    case 'binary':
      return `(${expression.operator} ${sexpr(expression.left)} ${sexpr(expression.right)})`;
    case 'unary':
      return `(${expression.operator} ${sexpr(expression.operand)})`;
    case 'parentheses':
      return `(paren ${sexpr(expression.expression)})`;
    case 'invalid':
      return '(invalid)';
  }
}

function steps(list: TraversalStep[]): string {
  return list
    .map((s) => (s.kind === 'attribute' ? `.${s.name}` : s.legacy ? `.${s.key}` : `[${JSON.stringify(s.key)}]`))
    .join('');
}

function parts(list: TemplatePart[]): string {
  return list.map((p) => ' ' + part(p)).join('');
}

function part(p: TemplatePart): string {
  switch (p.kind) {
    case 'templateLiteral':
      return JSON.stringify(p.value);
    case 'templateInterpolation':
      return `\${${p.stripLeft ? '~' : ''}${sexpr(p.expression)}${p.stripRight ? '~' : ''}}`;
    case 'templateIf':
      return `(if ${sexpr(p.condition)}${parts(p.then)}${p.else === undefined ? '' : ' else' + parts(p.else)})`;
    case 'templateFor':
      return `(for ${p.keyVariable === undefined ? '' : p.keyVariable.name + ','}${p.valueVariable.name} in ${sexpr(p.collection)}${parts(p.body)})`;
  }
}

/** `name=value` for attributes, `type "l1" l2 {...}` for blocks. */
export function bodySexpr(body: Body): string {
  return body.items
    .map((item) => {
      if (item.kind === 'attribute') return `${item.name}=${sexpr(item.expression)}`;
      const labels = item.labels.map((l) => (l.quoted ? ` ${JSON.stringify(l.value)}` : ` ${l.value}`)).join('');
      return `${item.type}${labels} {${bodySexpr(item.body)}}${item.closeBraceRange === undefined ? '!' : ''}`;
    })
    .join('; ');
}

export function covered(text: string, diagnostic: HclDiagnostic): string {
  return text.slice(diagnostic.range.start, diagnostic.range.end);
}

/** Applies a diagnostic's fix. */
export function applyFix(text: string, diagnostic: HclDiagnostic): string {
  const fix = diagnostic.fix;
  if (fix === undefined) throw new Error(`no fix for ${diagnostic.code}`);
  return text.slice(0, fix.range.start) + fix.newText + text.slice(fix.range.end);
}
