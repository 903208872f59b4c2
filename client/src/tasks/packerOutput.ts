/**
 * Reads what `packer validate` printed and gives every problem a place, so that the `$packer` problem
 * matcher can put it in the Problems panel.
 *
 * Packer does not always say where: HCL2 diagnostics carry `on FILE line N` (relative to packer's working
 * directory, and for plugin errors only after the list of messages), but legacy JSON errors such as
 * `* ami_name must be specified` under `Error: Failed to prepare build: "amazon-ebs"` name no file at all.
 * The task knows the template it ran on, so those are placed on it: on the builder the build name points
 * to, or on the key the message names. Texts as printed by Packer 1.6.6 (see /work/shared/packer).
 */
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export type ProblemSeverity = 'error' | 'warning';

export interface PackerProblem {
  /** Absolute path. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
  severity: ProblemSeverity;
  message: string;
}

export interface OutputContext {
  /** Packer's working directory: the folder its relative paths start from. */
  cwd: string;
  /** The file the task ran on, where problems without a place go. */
  templateFile?: string;
  /** That file's text, to find the builder or key a legacy message is about. */
  templateText?: string;
}

/** One line of the task's summary; the `$packer` problem matcher in package.json reads exactly this form. */
export function formatProblem(problem: PackerProblem): string {
  return `  ${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const HEADER = /^(?:(Error|Warning): (.*)|Failed to parse template: (.*)|Warnings for build '(.*)':)$/;
const ON_LINE = /^\s+on (.*?) line (\d+)(?:, in .*)?:$/;
const BULLET = /^\s*\* (.*)$/;
const COUNT = /^\d+ errors? occurred:$|^\d+ error\(s\) (?:occurred|decoding):$/;
const SNIPPET = /^\s+\(source code not available\)$|^\s*\d+: |^\s+\^\s*$/;
const JSON_POSITION = /^At line (\d+), column (\d+) \(offset (\d+)\):$/;
const HCL_RANGE = /^(.+?):(\d+),(\d+)(?:-\d+)?: (.*)$/;

interface Block {
  severity: ProblemSeverity;
  /** The text after `Error: ` / `Failed to parse template: `, or the build name of a warnings list. */
  header: string;
  warningsForBuild?: string;
  body: string[];
}

function splitBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    const match = HEADER.exec(line);
    if (match) {
      const [, label, text, parseText, buildName] = match;
      current =
        buildName !== undefined
          ? { severity: 'warning', header: '', warningsForBuild: buildName, body: [] }
          : { severity: label === 'Warning' ? 'warning' : 'error', header: (text ?? parseText ?? '').trim(), body: [] };
      blocks.push(current);
    } else if (current) {
      current.body.push(line);
    }
  }
  return blocks;
}

interface BlockParts {
  location?: { file: string; line: number };
  jsonPosition?: { line: number; column: number; offset: number };
  bullets: string[];
  detail: string[];
}

function dissect(body: readonly string[]): BlockParts {
  const parts: BlockParts = { bullets: [], detail: [] };
  let inBullet = false;
  for (const line of body) {
    const on = ON_LINE.exec(line);
    const json = JSON_POSITION.exec(line);
    const bullet = BULLET.exec(line);
    if (line.trim() === '') {
      inBullet = false;
    } else if (on) {
      inBullet = false;
      parts.location ??= { file: on[1] ?? '', line: Number(on[2]) };
    } else if (json) {
      parts.jsonPosition ??= { line: Number(json[1]), column: Number(json[2]), offset: Number(json[3]) };
    } else if (bullet) {
      parts.bullets.push(bullet[1] ?? '');
      inBullet = true;
    } else if (inBullet) {
      const last = parts.bullets.length - 1;
      parts.bullets[last] = `${parts.bullets[last] ?? ''} ${line.trim()}`;
    } else if (!COUNT.test(line.trim()) && !SNIPPET.test(line)) {
      parts.detail.push(line.trim());
    }
  }
  return parts;
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every problem packer printed, each with a place; the ones that cannot be placed are left out. */
export function problemsFromValidateOutput(output: string, context: OutputContext): PackerProblem[] {
  const lines = output.replace(ANSI, '').replace(/\r\n?/g, '\n').split('\n');
  const legacy = new LegacyTemplate(context.templateText);
  const problems: PackerProblem[] = [];
  const add = (at: Place | undefined, severity: ProblemSeverity, message: string): void => {
    if (at && tidy(message) !== '') problems.push({ ...at, severity, message: tidy(message) });
  };
  const inTemplate = (position?: Position): Place | undefined =>
    context.templateFile === undefined
      ? undefined
      : { file: context.templateFile, ...(position ?? { line: 1, column: 1 }) };

  for (const block of splitBlocks(lines)) {
    const parts = dissect(block.body);
    const detail = parts.detail.join(' ');

    if (block.warningsForBuild !== undefined) {
      for (const bullet of parts.bullets)
        add(inTemplate(legacy.placeFor(bullet, block.warningsForBuild)), 'warning', bullet);
      continue;
    }

    if (parts.location) {
      // HCL2: `on FILE line N`. An empty FILE (`on  line 0`) happens for unknown source references.
      const { file, line } = parts.location;
      const at: Place | undefined =
        file === '' ? inTemplate() : { file: path.resolve(context.cwd, file), line: Math.max(line, 1), column: 1 };
      if (parts.bullets.length > 0) {
        for (const bullet of parts.bullets) add(at, block.severity, bullet);
        continue;
      }
      const precise = HCL_RANGE.exec(detail);
      if (precise) {
        const [, rangeFile = '', rangeLine = '1', rangeColumn = '1', rest = ''] = precise;
        const place = {
          file: path.resolve(context.cwd, rangeFile),
          line: Number(rangeLine),
          column: Number(rangeColumn),
        };
        add(place, block.severity, `${block.header}: ${rest}`);
        continue;
      }
      add(at, block.severity, detail === '' ? block.header : `${block.header}: ${detail}`);
      continue;
    }

    if (parts.jsonPosition) {
      add(inTemplate(legacy.positionOfJsonError(parts.jsonPosition)), block.severity, block.header);
      continue;
    }

    const buildName = /^Failed to (?:prepare|initialize) build:? "(.*)"$/.exec(block.header)?.[1];
    if (parts.bullets.length > 0) {
      for (const bullet of parts.bullets) add(inTemplate(legacy.placeFor(bullet, buildName)), block.severity, bullet);
    } else if (buildName !== undefined) {
      add(inTemplate(legacy.placeFor(detail, buildName)), block.severity, detail === '' ? block.header : detail);
    } else if (!COUNT.test(block.header)) {
      add(inTemplate(), block.severity, detail === '' ? block.header : `${block.header}: ${detail}`);
    }
  }
  return problems;
}

interface Position {
  line: number;
  column: number;
}
interface Place extends Position {
  file: string;
}

/** Messages that name the key they are about, and where the name is. */
const KEY_IN_MESSAGE = [
  /unknown configuration key: '"?([^"']+)"?'/,
  /Deprecated configuration key: '([^']+)'/,
  /cannot parse '([^']+)'/,
  /Unknown root level key in template: '([^']+)'/,
  /^variable ([^:\s]+):/,
];

/** A legacy JSON template, parsed tolerantly (curly quotes, trailing commas) to find keys in it. */
class LegacyTemplate {
  private readonly root: Node | undefined;

  constructor(private readonly text: string | undefined) {
    this.root = text === undefined ? undefined : parseTree(text, [], { allowTrailingComma: true });
  }

  /** The key the message names, inside the build's builder when there is one; else that builder. */
  placeFor(message: string, buildName: string | undefined): Position | undefined {
    const builder = buildName === undefined ? undefined : this.builder(buildName);
    for (const pattern of KEY_IN_MESSAGE) {
      const key = pattern.exec(message)?.[1];
      if (key === undefined) continue;
      const node = (builder && findKey(builder, key)) ?? (this.root && findKey(this.root, key));
      if (node) return this.position(node.offset);
    }
    return builder ? this.position(builder.offset) : undefined;
  }

  /**
   * Go counts the offset in bytes, after the character it choked on; VS Code counts UTF-16 units. With the
   * text at hand, the offset gives the exact place even after multi-byte characters such as curly quotes.
   */
  positionOfJsonError(reported: { line: number; column: number; offset: number }): Position {
    if (this.text === undefined || reported.offset < 1) return { line: reported.line, column: reported.column };
    const before = Buffer.from(this.text, 'utf8')
      .subarray(0, reported.offset - 1)
      .toString('utf8');
    return this.position(before.length);
  }

  private builder(name: string): Node | undefined {
    const builders = this.root && findNodeAtLocation(this.root, ['builders']);
    return builders?.children?.find((builder) => {
      if (builder.type !== 'object') return false;
      const named: unknown =
        findNodeAtLocation(builder, ['name'])?.value ?? findNodeAtLocation(builder, ['type'])?.value;
      return named === name;
    });
  }

  private position(offset: number): Position {
    const before = (this.text ?? '').slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
  }
}

/** The first property named `key` anywhere under `node`, depth first. */
function findKey(node: Node, key: string): Node | undefined {
  if (node.type === 'property' && node.children?.[0]?.value === key) return node.children[0];
  for (const child of node.children ?? []) {
    const found = findKey(child, key);
    if (found) return found;
  }
  return undefined;
}
