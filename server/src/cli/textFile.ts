/**
 * Reading a template as text and writing it back as it was stored: the same encoding (UTF-8, with
 * or without a byte-order mark, or UTF-16 with its mark) and the same line endings, written to a
 * temporary file beside it and renamed over it, so that an interrupted run never leaves half a file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface TextFile {
  /** The text without its byte-order mark, as an editor shows it. */
  text: string;
  encoding: Encoding;
  /** The line ending most lines use, which edits are written with. */
  eol: '\n' | '\r\n';
  /** False when the bytes are not valid in the encoding: such a file is checked but never rewritten. */
  exact: boolean;
}

export function readTextFile(file: string): TextFile {
  const bytes = fs.readFileSync(file);
  let encoding: Encoding = 'utf8';
  let body: Buffer = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf8-bom';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf16be';
    body = Buffer.from(bytes.subarray(2)).swap16();
  }
  const decoderName = encoding === 'utf16le' || encoding === 'utf16be' ? 'utf-16le' : 'utf-8';
  let text: string;
  let exact = true;
  try {
    text = new TextDecoder(decoderName, { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder(decoderName).decode(body);
    exact = false;
  }
  return { text, encoding, eol: dominantEol(text), exact };
}

function dominantEol(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

/** Replaces the file's content atomically, keeping its permissions; a link is followed to its target. */
export function writeFileAtomically(file: string, content: Buffer): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o7777;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.packer-lint.tmp`);
  try {
    fs.writeFileSync(temporary, content, { mode });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
