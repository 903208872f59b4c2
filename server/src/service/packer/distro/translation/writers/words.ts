/** The words of a command, skipping the options that do not apply (`false`, `undefined`, empty). */
export function words(...parts: Array<string | false | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}
