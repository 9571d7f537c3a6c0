/**
 * Optional fields stay absent rather than present-but-undefined, so objects compare and
 * serialise the same however they were built.
 */

/** `{ [key]: value }` when there is a value, `{}` otherwise; spread it into an object literal. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
