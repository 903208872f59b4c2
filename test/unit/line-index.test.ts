/**
 * The line index the features convert offsets with must answer exactly as `TextDocument` does,
 * which editors and LSP clients agree with: every offset (and offsets beyond either end), and
 * every position (lines and characters past their ends too), on texts mixing `\n`, `\r\n`, lone
 * `\r` and surrogate pairs, asked in order and out of order (the index guesses from the last answer).
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/service/features/lineIndex';
import { Random } from '../support/mutations';

const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n', '😀', 'é', '{\n  x = 1\n}\n'];

function randomText(random: Random): string {
  let text = '';
  const length = random.int(40);
  for (let i = 0; i < length; i++) text += random.pick(PIECES);
  return text;
}

describe('line index', () => {
  it('converts offsets and positions exactly as TextDocument does', () => {
    const random = new Random(11);
    for (let sample = 0; sample < 500; sample++) {
      const text = randomText(random);
      const reference = TextDocument.create('file:///x', 'text', 1, text);
      const index = new LineIndex(text);
      const offsets = Array.from({ length: text.length + 5 }, (_, i) => i - 2);
      // In order, then shuffled: the guess from the previous answer must never change one.
      for (const offset of [...offsets, ...offsets.sort(() => random.next() - 0.5)]) {
        assert.deepEqual(index.positionAt(offset), reference.positionAt(offset), `${JSON.stringify(text)} @${offset}`);
      }
      for (let line = -1; line <= reference.lineCount + 1; line++) {
        for (let character = -1; character <= 6; character++) {
          const position = { line, character };
          assert.equal(
            index.offsetAt(position),
            reference.offsetAt(position),
            `${JSON.stringify(text)} ${line}:${character}`,
          );
        }
      }
    }
  });

  it('finds lines far from the previous answer in a large text', () => {
    const text = 'x = 1\r\n'.repeat(20_000) + 'y = 2\n'.repeat(20_000);
    const reference = TextDocument.create('file:///x', 'text', 1, text);
    const index = new LineIndex(text);
    for (const offset of [text.length, 0, 140_003, 7, 139_999, 260_000, 3]) {
      assert.deepEqual(index.positionAt(offset), reference.positionAt(offset));
    }
  });
});
