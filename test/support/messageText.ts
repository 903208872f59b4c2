import type { Diagnostic } from 'vscode-languageserver-types';

/** LSP 3.18 allows markup in a diagnostic's message; ours are plain strings. */
export function messageText(diagnostic: Pick<Diagnostic, 'message'> | undefined): string {
  const message = diagnostic?.message;
  if (message === undefined) return '';
  return typeof message === 'string' ? message : message.value;
}
