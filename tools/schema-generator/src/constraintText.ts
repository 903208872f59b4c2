/** Reading the free text of the hand-written constraints. */

const KEY_RE = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/;

/** "ssh_private_key_file or ssh_agent_auth", "script|scripts", "iso_checksum (note)" -> names */
export function parseAlternatives(text: string): string[] {
  const names = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+or\s+|\|/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) if (!KEY_RE.test(n)) throw new Error(`cannot read a key name in "${text}"`);
  return names;
}

/** "HTTP methods (GET, HEAD, POST)" -> ["GET","HEAD","POST"] */
export function parseEnumText(text: string): string[] {
  const m = /\(([^)]*)\)/.exec(text);
  const values = m?.[1]?.split(',').map((s) => s.trim()) ?? [];
  if (!values.length || values.some((v) => !/^[A-Za-z0-9_-]+$/.test(v)))
    throw new Error(`cannot read enum values in "${text}"`);
  return values;
}
