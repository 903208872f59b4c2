/**
 * How badly a text parses, as the service reads it: the findings of the rules that report syntax,
 * counted at their default severities (a configuration that turns a rule off must not let a fix
 * break a file unnoticed). `--fix` writes a file only when this does not grow.
 */
import type { DocumentInput } from '../service/document';
import type { LanguageService } from '../service/service';
import { defaultSettings } from '../service/settings';

const SYNTAX_RULES = new Set(['json-syntax', 'hcl-syntax', 'trailing-comma', 'smart-quotes']);

export function parseProblemCount(service: LanguageService, document: DocumentInput): number {
  const count = service.validate(document, defaultSettings).filter((d) => SYNTAX_RULES.has(String(d.code))).length;
  // The service keeps one analysis per document: leave it holding the text the run goes on with.
  service.forget(document.uri);
  return count;
}
