/**
 * The report formats, one module each (as ESLint's formatters are): each turns the run's results
 * into the text written to the standard output or the output file.
 */
import type { RuleMeta } from '../../service/rules/rule';
import type { FileResult } from '../lintRun';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  /** Paths in the report are relative to this folder. */
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** Every rule that can report, for formats that describe them (SARIF). */
  rules: RuleMeta[];
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};
