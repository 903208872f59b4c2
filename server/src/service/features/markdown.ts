/** Small Markdown helpers shared by hover, completion and signature help. */
import type { HclFile } from '../model/hcl/hclFile';

/** Inline code that survives backticks in the text (`` `a`b` `` needs a longer fence). */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced block; the fence is longer than any run of backticks inside. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

export function link(label: string, url: string): string {
  return `[${label}](${url})`;
}

/** The link to a docs page that ends hover texts and completion documentation, or nothing without a URL. */
export function docsLink(url: string | undefined): string | undefined {
  return url === undefined ? undefined : link('Packer documentation', url);
}

/** Paragraphs, the empty ones left out. */
export function paragraphs(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

const SHORT_LIMIT = 80;

/** A value's source on one line, cut short: hover is a glance, not the file. */
export function shortSource(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= SHORT_LIMIT ? oneLine : `${oneLine.slice(0, SHORT_LIMIT - 1)}…`;
}

/** `name.pkr.hcl:12` (1-based line), the way a user finds a place in a folder. */
export function fileLine(file: HclFile, offset: number): string {
  return `${file.name}:${lineNumber(file.text, offset)}`;
}

/** The 1-based line of an offset. */
export function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
