/**
 * The scanner's mode stack: HCL reads a string's text, the code inside its `${ }` and a heredoc's
 * lines by different rules, and these frames say which rules apply and where each construct began.
 */

export const enum Mode {
  Main,
  Quoted,
  Heredoc,
  Bare,
}

export const enum Quote {
  Straight,
  Single,
  Curly,
  CurlySingle,
}

/** One entry of the mode stack. A class with every field, so that all frames share one shape. */
export class Frame {
  /** Main frames: an interpolation or directive (not the file's top level). */
  interp = false;
  directive = false;
  /** Main frames inside a quoted string, where a missing `}` can be guessed. */
  inQuoted = false;
  braces = 0;
  nesting = 0;
  /** Where the frame's construct starts: `${`, the opening quote, `<<`. */
  start = 0;
  quote = Quote.Straight;
  openChar = '';
  reported = false;
  marker = '';
  openerEnd = 0;
  startOfLine = true;
  constructor(readonly mode: Mode) {}
}
