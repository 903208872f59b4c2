import type { ImageFamilyGuess } from '../facts/families';
import { readFileLocation } from '../names/fileLocation';
import { readImageName } from '../names/readImageName';
import { block, quote, stringAt, type Config } from './config';
import { makeGuess, within } from './guess';
import { detectSimple } from './simple';

export function detectOpenStack(config: Config): ImageFamilyGuess | undefined {
  const byName =
    detectSimple(config, ['source_image_name']) ??
    detectSimple(config, ['external_source_image_url'], readFileLocation);
  if (byName) return byName;
  const f = block(block(config['source_image_filter'])?.['filters']);
  if (!f) return undefined;
  return within(detectSimple(f, ['name']), ['source_image_filter', 'filters', 'name'], 'source_image_filter');
}

/** The OS and its version are separate settings; they only make sense read together. */
export function detectOracleCloud(config: Config): ImageFamilyGuess | undefined {
  const f = block(config['base_image_filter']);
  if (!f) return undefined;
  const os = stringAt(f, 'operating_system');
  const ver = stringAt(f, 'operating_system_version');
  if (os !== undefined) {
    const r = readImageName(ver !== undefined ? `${os} ${ver}` : os);
    if (r.kind === 'family')
      return makeGuess(
        r.hit,
        `base_image_filter operating_system ${quote(os)}${ver !== undefined ? ` ${quote(ver)}` : ''}`,
        ['base_image_filter', 'operating_system'],
      );
    if (r.kind !== 'none') return undefined;
  }
  return within(detectSimple(f, ['display_name']), ['base_image_filter', 'display_name'], 'base_image_filter');
}
