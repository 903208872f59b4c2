/** HCL2 date and time functions, including Packer's bridges to the legacy JSON time formats. */
import { hclCategory, param, rest } from '../define';
import type { FunctionSignature } from '../types';

const fn = hclCategory('datetime');

export const datetimeFunctions: readonly FunctionSignature[] = [
  fn(
    'formatdate',
    [param('format', 'string'), param('time', 'string')],
    'string',
    'Rewrites an RFC 3339 timestamp using a layout such as "YYYY-MM-DD hh:mm".',
  ),
  fn(
    'legacy_isotime',
    [rest('format', 'string')],
    'string',
    'Formats the start time of the run with a Go reference-time layout, like the legacy `isotime`.',
  ),
  fn(
    'legacy_strftime',
    [rest('format', 'string')],
    'string',
    'Formats the start time of the run with C strftime directives, like the legacy `strftime`.',
  ),
  fn(
    'rfc3339_parse',
    [param('timestamp', 'string')],
    'object',
    'Splits an RFC 3339 timestamp into an object of its parts (year, month, day, hour, unix seconds...).',
  ),
  fn(
    'timeadd',
    [param('timestamp', 'string'), param('duration', 'string')],
    'string',
    'Adds a duration such as "1h30m" (negative to subtract) to an RFC 3339 timestamp.',
  ),
  fn('timestamp', [], 'string', 'Gives the current UTC date and time as an RFC 3339 string.'),
  fn(
    'unix_timestamp_parse',
    [param('unix_timestamp', 'number')],
    'object',
    'Splits a count of seconds since the Unix epoch into an object of date parts and its RFC 3339 form.',
  ),
];
