/**
 * A spec-suite expectation file (`*.t`), which is HCL itself, read with our parser: the expected
 * `result` and `result_type`, expected `diagnostics` (severity and range, as line, column and
 * byte), and expected `traversals`.
 */
import type { Block, Body, Expression } from '../../server/src/service/parsing/hcl/ast';
import { evaluate, type HclPosition, type HclValue } from '../../server/src/service/parsing/hcl/index';
import { ANY, type CtyType, typeFromExpression } from './types';

export interface ExpectedRange {
  from: HclPosition;
  to: HclPosition;
}

export interface TestFile {
  result: HclValue | undefined;
  resultType: CtyType;
  diagnostics: { severity: 'error' | 'warning'; range: ExpectedRange }[];
  /** Undefined when the file does not check traversals. */
  traversals: { ref: Expression; range: ExpectedRange }[] | undefined;
}

export function readTestFile(body: Body): TestFile {
  const file: TestFile = { result: undefined, resultType: ANY, diagnostics: [], traversals: undefined };
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      if (item.name === 'result') file.result = evaluate(item.expression);
      else if (item.name === 'result_type') file.resultType = typeFromExpression(item.expression);
      else throw new Error(`unexpected argument ${item.name}`);
    } else if (item.type === 'diagnostics') {
      for (const expectation of blocks(item.body)) {
        if (expectation.type !== 'error' && expectation.type !== 'warning')
          throw new Error(`unexpected ${expectation.type}`);
        file.diagnostics.push({ severity: expectation.type, range: rangeOf(expectation) });
      }
    } else if (item.type === 'traversals') {
      file.traversals = blocks(item.body).map((expect) => {
        const ref = attributes(expect.body).get('ref');
        if (ref === undefined) throw new Error('traversal expectation without ref');
        return { ref, range: rangeOf(expect) };
      });
    } else throw new Error(`unexpected block ${item.type}`);
  }
  return file;
}

function blocks(body: Body): Block[] {
  return body.items.filter((item): item is Block => item.kind === 'block');
}

function attributes(body: Body): Map<string, Expression> {
  const map = new Map<string, Expression>();
  for (const item of body.items) if (item.kind === 'attribute') map.set(item.name, item.expression);
  return map;
}

function rangeOf(block: Block): ExpectedRange {
  const position = (type: string): HclPosition => {
    const found = blocks(block.body).find((b) => b.type === type);
    if (found === undefined) throw new Error(`no ${type} block`);
    const values = attributes(found.body);
    const number = (name: string): number => {
      const expression = values.get(name);
      const value = expression === undefined ? undefined : evaluate(expression);
      if (value?.type !== 'number') throw new Error(`${type}.${name} is not a number`);
      return value.value;
    };
    return { line: number('line'), column: number('column'), byte: number('byte') };
  };
  return { from: position('from'), to: position('to') };
}
