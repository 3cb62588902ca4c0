/** One row linking an owner (a team, a channel, a ticket) to a target (a user, a tag). */
export type LinkRow = { id: string; target_id: string }

/** How one kind of link rows is read and written. */
export type LinkStore = {
  list(ownerId: string): Promise<LinkRow[]>
  remove(rowIds: string[]): Promise<void>
  add(ownerId: string, targetIds: string[]): Promise<unknown>
}

export type LinkList = { owner_id: string; target_ids: string[] }

/**
 * Makes `targetIds` the owner's whole list, removing and adding only the difference, and
 * answers the list it had before, so compensation puts it back with the same call.
 */
export async function replaceLinks(
  store: LinkStore,
  ownerId: string,
  targetIds: string[]
): Promise<string[]> {
  const current = await store.list(ownerId)
  const wanted = new Set(targetIds)
  const have = new Set(current.map((r) => r.target_id))

  const stale = current.filter((r) => !wanted.has(r.target_id)).map((r) => r.id)
  if (stale.length) {
    await store.remove(stale)
  }
  const fresh = [...wanted].filter((id) => !have.has(id))
  if (fresh.length) {
    await store.add(ownerId, fresh)
  }
  return current.map((r) => r.target_id)
}

/** `replaceLinks` for several owners in turn; answers their previous lists. */
export async function replaceLinkLists(
  store: LinkStore,
  lists: LinkList[]
): Promise<LinkList[]> {
  const before: LinkList[] = []
  for (const { owner_id, target_ids } of lists) {
    before.push({
      owner_id,
      target_ids: await replaceLinks(store, owner_id, target_ids),
    })
  }
  return before
}
