/**
 * Reading a plain-object table by a word that comes from the user (a template value, a shell
 * word). `table[word]` also finds what every object inherits (`constructor`, `toString`,
 * `__proto__`...), so such a word would match by accident and hand back a function; only the
 * table's own entries count here.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
