/**
 * The default report, for people: findings grouped by file, each with its position, severity,
 * message and rule id, then the lines around it with the span underlined, and a summary line.
 * Colours only when asked for (on a terminal).
 */
import type { FileResult } from '../lintRun';
import { countBySeverity, type LintMessage } from '../lintMessage';
import type { FormatContext } from './index';
import { reportPath } from './relativePath';

type Paint = (code: string, text: string) => string;

const SEVERITY_STYLE: Record<LintMessage['severity'], { label: string; code: string }> = {
  error: { label: 'error', code: '31' },
  warning: { label: 'warning', code: '33' },
  information: { label: 'info', code: '36' },
  hint: { label: 'hint', code: '2' },
};

/** Very long lines (minified JSON) are cut around the span, so a frame stays readable. */
const MAX_FRAME_WIDTH = 160;

export function formatStylish(results: FileResult[], context: FormatContext): string {
  const paint: Paint = context.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const out: string[] = [];
  const all = results.flatMap((r) => r.messages);
  for (const result of results) {
    const notes = [result.readError, result.notFixed].filter((n): n is string => n !== undefined);
    if (result.messages.length === 0 && notes.length === 0) continue;
    out.push(paint('4', reportPath(result.file, context.cwd)));
    for (const note of notes) out.push(`  ${paint('31', note)}`);
    const lines = result.text.split(/\r\n|\r|\n/);
    for (const message of result.messages) {
      const style = SEVERITY_STYLE[message.severity];
      out.push(
        `  ${paint('2', `${message.line}:${message.column}`)}  ${paint(style.code, style.label)}  ${message.message}  ${paint('2', message.ruleId)}`,
      );
      out.push(...codeFrame(lines, message, paint));
    }
    out.push('');
  }
  const counts = countBySeverity(all);
  const unreadable = results.filter((r) => r.readError !== undefined).length;
  const problems = counts.error + counts.warning;
  const checked = results.length - unreadable;
  if (problems === 0 && unreadable === 0) {
    out.push(paint('32', `✔ ${checked} file${checked === 1 ? '' : 's'} checked, no problems`));
  } else {
    const summary = `✖ ${problems} problem${problems === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}) in ${checked} file${checked === 1 ? '' : 's'}`;
    out.push(paint(counts.error > 0 || unreadable > 0 ? '31;1' : '33;1', summary));
    if (unreadable > 0) out.push(paint('31', `  ${unreadable} file${unreadable === 1 ? '' : 's'} could not be read`));
    const fixable = all.filter((m) => m.fix !== undefined && m.ruleId !== 'packer-fmt').length;
    if (fixable > 0) out.push(`  ${fixable} fixable with the --fix option`);
    const unformatted = all.filter((m) => m.ruleId === 'packer-fmt').length;
    if (unformatted > 0) out.push(`  ${unformatted} to format with the --format-write option`);
  }
  return `${out.join('\n')}\n`;
}

/** The finding's first line with one line before and after, and carets under its span. */
function codeFrame(lines: string[], message: LintMessage, paint: Paint): string[] {
  const first = Math.max(1, message.line - 1);
  const last = Math.min(lines.length, message.line + 1);
  const gutter = String(last).length;
  const frame: string[] = [];
  const start = message.column - 1;
  const text = lines[message.line - 1] ?? '';
  const end = message.endLine === message.line ? Math.max(message.endColumn - 1, start + 1) : text.length;
  const offset = start > MAX_FRAME_WIDTH - 20 ? start - 20 : 0;
  const cut = (line: string) => expandTabs(line.slice(offset, offset + MAX_FRAME_WIDTH));
  for (let n = first; n <= last; n++) {
    const marker = n === message.line ? paint('31;1', '>') : ' ';
    const line = lines[n - 1] ?? '';
    frame.push(`    ${marker} ${paint('2', `${String(n).padStart(gutter)} |`)} ${cut(line)}`);
    if (n === message.line) {
      const before = expandTabs(text.slice(offset, start)).length;
      const width = Math.max(1, Math.min(end, offset + MAX_FRAME_WIDTH) - start);
      frame.push(
        `      ${' '.repeat(gutter)} ${paint('2', '|')} ${' '.repeat(before)}${paint('31;1', '^'.repeat(width))}`,
      );
    }
  }
  return frame;
}

function expandTabs(text: string): string {
  return text.replace(/\t/g, '  ');
}
