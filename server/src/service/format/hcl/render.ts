/** Writes tokens back as text: each token's spaces, then its source text unchanged. */
import type { FormatToken } from './tokens';

export function render(tokens: readonly FormatToken[], text: string): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.spacesBefore > 0) parts.push(' '.repeat(token.spacesBefore));
    parts.push(text.slice(token.start, token.end));
  }
  return parts.join('');
}
