import type { ImageFamilyGuess } from '../facts/families';
import type { NameReading } from '../names/nameReading';
import { readImageName } from '../names/readImageName';
import { namedValues, type Config } from './config';
import { guessFrom, readAll } from './guess';

/** The builders whose image is named by one or two plain settings (image, template, source_path...). */
export function detectSimple(
  config: Config,
  keys: readonly string[],
  reader: (v: string) => NameReading = readImageName,
): ImageFamilyGuess | undefined {
  return guessFrom(readAll(namedValues(config, keys), reader)) ?? undefined;
}
