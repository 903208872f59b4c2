/**
 * The scanner's diagnostics: characters HCL rejects, and strings, heredocs and comments that do not
 * end. Each says in plain words which character is wrong and how it was read, then what HCL says.
 */
import type { Range } from './ast';
import { describeChar } from './chars';
import { error, type HclDiagnostic, type HclFix } from './diagnostics';
import type { LookalikeCharacter } from '../characters';

const HCL_CURLY =
  '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".';
const HCL_UNUSED = 'This character is not used within the language.';

function quoteName(char: string): string {
  switch (char) {
    case '\u201c':
      return 'left curly quote “';
    case '\u201d':
      return 'right curly quote ”';
    case '\u2018':
      return 'left curly single quote ‘';
    case '\u2019':
      return 'right curly single quote ’';
    case '\u00ab':
    case '\u00bb':
      return `guillemet ${char}`;
    case '"':
      return 'straight quote "';
    case "'":
      return "single quote '";
    default:
      return `typographic quote ${char}`;
  }
}

export function smartQuotes(
  range: Range,
  open: string,
  close: string | undefined,
  fix: HclFix | undefined,
): HclDiagnostic {
  const closing = close === undefined ? '' : ` and closed by a ${quoteName(close)}`;
  return error(
    'smart-quotes',
    range,
    'Invalid character',
    `This string is opened by a ${quoteName(open)}${closing}: HCL strings need straight double quotes ("). It is read here as if straight-quoted. ${HCL_CURLY}`,
    fix,
  );
}

export function singleQuotes(range: Range, fix: HclFix | undefined): HclDiagnostic {
  return error(
    'single-quotes',
    range,
    'Invalid character',
    `This string is enclosed in single quotes ('): HCL strings need double quotes ("). It is read here as a string. Single quotes are not valid. Use double quotes (") to enclose strings.`,
    fix,
  );
}

/** "a minus sign", "an en dash". */
function withArticle(name: string): string {
  return /^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`;
}

export function lookalikeCharacter(range: Range, entry: LookalikeCharacter, count: number): HclDiagnostic {
  const what = count > 1 ? `${count} characters, each ${withArticle(entry.name)}` : withArticle(entry.name);
  let said: string;
  if (entry.intended === '')
    said = `${count > 1 ? 'Here are' : 'Here is'} ${count > 1 ? what : `an invisible ${entry.name}`}; ${count > 1 ? 'they are' : 'it is'} ignored.`;
  else if (entry.intended === ' ')
    said = `${count > 1 ? 'These are' : 'This is'} ${what}, not a plain space; read as a space.`;
  else
    said = `${count > 1 ? 'These are' : 'This is'} ${what}, not the ASCII "${entry.intended}"; read as "${entry.intended}".`;
  const fix = { range, newText: entry.intended.repeat(count) };
  return error('lookalike-character', range, 'Invalid character', `${said} HCL says: ${HCL_UNUSED}`, fix);
}

export function invalidCharacter(range: Range, char: string): HclDiagnostic {
  let detail: string;
  switch (char) {
    case ';':
      detail =
        'A semicolon ";" is not used in HCL; it is read as a line break. The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.';
      return error('invalid-character', range, 'Invalid character', detail);
    case '`':
      detail =
        'A backtick "`" is not used in HCL. The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".';
      break;
    case '$':
      detail = `A dollar sign "$" outside a string is not used in HCL: "\${ ... }" works only inside a quoted string or heredoc (write the expression bare, like var.name, or quote it, like "\${var.name}"). ${HCL_UNUSED}`;
      break;
    case '\r':
      detail = `A carriage return that is not followed by a line feed is read as a line break. ${HCL_UNUSED}`;
      return error('invalid-character', range, 'Invalid character', detail, { range, newText: '\n' });
    default:
      detail = `The ${describeChar(char)} is not used in HCL. ${HCL_UNUSED}`;
  }
  return error('invalid-character', range, 'Invalid character', detail);
}

export function bitwiseOperator(range: Range, char: string): HclDiagnostic {
  const meant = char === '&' ? '&&' : char === '|' ? '||' : '!';
  const word = char === '&' ? 'AND' : char === '|' ? 'OR' : 'NOT';
  return error(
    'invalid-character',
    range,
    'Unsupported operator',
    `A single "${char}" is not an operator in HCL; it is read as "${meant}". Bitwise operators are not supported. Did you mean boolean ${word} ("${meant}")?`,
    { range, newText: meant },
  );
}

export function unterminatedString(range: Range): HclDiagnostic {
  return error(
    'unterminated-string',
    range,
    'Unterminated string literal',
    'This string has no closing quote (") before the end of the line, so it is read as ending there. Unable to find the closing quote mark before the end of the line: quoted strings may not be split over multiple lines.',
  );
}

export function multilineString(range: Range): HclDiagnostic {
  return error(
    'multiline-string',
    range,
    'Invalid multi-line string',
    'This string goes on past the end of its line, to the quote on the next line. Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
  );
}

export function unterminatedHeredoc(range: Range, marker: string): HclDiagnostic {
  return error(
    'unterminated-heredoc',
    range,
    'Unterminated template string',
    `No line holding just "${marker}" closes this heredoc, so it runs to the end of the file. No closing marker was found for the string.`,
  );
}

export function heredocMarkerSpaces(range: Range): HclDiagnostic {
  return error(
    'heredoc-marker',
    range,
    'Invalid heredoc introducer',
    'Spaces follow the heredoc marker: the line must end right after it (like "<<EOT"). It is read here as the heredoc it was meant to start.',
    { range, newText: '' },
  );
}

export function unterminatedComment(range: Range): HclDiagnostic {
  return error(
    'unterminated-comment',
    range,
    'Unterminated comment',
    'This "/*" comment has no closing "*/", so it runs to the end of the file.',
  );
}

export function unclosedInterpolation(range: Range, directive: boolean, insertAt: number): HclDiagnostic {
  const opener = directive ? '%{' : '${';
  return error(
    'unclosed-interpolation',
    range,
    'Unclosed template interpolation sequence',
    `The "${opener}" here has no closing brace "}" before the end of the string. There is no closing brace for this interpolation sequence before the end of the quoted template.`,
    { range: { start: insertAt, end: insertAt }, newText: '}' },
  );
}

export function labelInterpolation(range: Range, directive: boolean): HclDiagnostic {
  const which = directive ? '%' : '$';
  return error(
    'invalid-template',
    range,
    'Invalid string literal',
    `A block label is a plain string: it cannot hold "${which}{ ... }". Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
  );
}
