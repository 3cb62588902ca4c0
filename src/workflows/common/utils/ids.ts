/** Ids the way error sentences name them: `"a", "b"`. */
export const quoteIds = (ids: string[]) => ids.map((id) => `"${id}"`).join(", ")

/** The wanted ids, each once, that none of the found records has. */
export function missingIds(
  wanted: string[],
  found: { id: string }[]
): string[] {
  const have = new Set(found.map((f) => f.id))
  return [...new Set(wanted)].filter((id) => !have.has(id))
}
