import { literalText } from './literalText';
import type { NameReading } from './nameReading';
import { readImageName } from './readImageName';

/** The parts of a URL or path worth reading: the file name, then the folders (not the host). */
function fileNameParts(value: string): { file: string; path: string } {
  let v = value.trim();
  v = v.replace(/[?#].*$/, '');
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''); // scheme and host
  v = v.replace(/^\[[^\]]*\]\s*/, ''); // vSphere "[datastore] path"
  v = v.replace(/^[a-z0-9_-]+:(?:iso|vztmpl|import)\//i, ''); // Proxmox "local:iso/..."
  const parts = v.split(/[/\\]/).filter((p) => p !== '');
  return { file: parts[parts.length - 1] ?? '', path: parts.slice(0, -1).join('/') };
}

/** Reads an ISO URL, a box name or a disk-image path: the file name first, then its folders. */
export function readFileLocation(value: string): NameReading {
  const { file, path } = fileNameParts(literalText(value));
  const byFile = readImageName(file);
  if (byFile.kind !== 'none') return byFile;
  // "debian/bookworm64", ".../ubuntu/dists/focal/.../mini.iso": the folders name the system.
  return readImageName(path === '' ? file : `${path}/${file}`);
}
