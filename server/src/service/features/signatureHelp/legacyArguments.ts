/**
 * The words of a legacy `{{ }}` action up to the cursor, as Go's template syntax splits them:
 * the function name, then arguments separated by spaces, where a quoted or back-quoted argument
 * may hold spaces. Only the last stage of a pipeline (`{{ user "x" | upper }}`) counts.
 */

export interface ActionWords {
  words: string[];
  /** The cursor follows a space: a new argument starts. */
  afterSpace: boolean;
}

/** `source` is the action's text in the JSON file, from just after `{{` to the cursor. */
export function actionWords(source: string): ActionWords {
  // JSON writes a double quote as `\"`; Go's template then sees a plain quote.
  const action = source.replace(/\\"/g, '"').replace(/^-/, '');
  let words: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < action.length; i++) {
    const c = action[i]!;
    if (quote !== undefined) {
      current += c;
      if (c === quote && !(quote === '"' && action[i - 1] === '\\')) quote = undefined;
    } else if (c === '"' || c === '`') {
      quote = c;
      current += c;
    } else if (c === '|') {
      words = [];
      current = '';
    } else if (/\s/.test(c)) {
      if (current !== '') words.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  const afterSpace = current === '';
  if (current !== '') words.push(current);
  return { words, afterSpace };
}
