export type QueryKeys<TKey extends string, TListQuery, TDetailQuery> = {
  all: readonly [TKey]
  lists: () => readonly [TKey, "list"]
  list: (query?: TListQuery) => readonly unknown[]
  details: () => readonly [TKey, "detail"]
  detail: (id: string, query?: TDetailQuery) => readonly unknown[]
}

/**
 * Query keys shaped like Medusa's dashboard uses them, so that invalidating
 * `lists()` or `detail(id)` reaches every cached variant below it.
 */
export const queryKeysFactory = <
  TKey extends string,
  TListQuery = Record<string, unknown>,
  TDetailQuery = Record<string, unknown>,
>(
  globalKey: TKey
): QueryKeys<TKey, TListQuery, TDetailQuery> => {
  const keys: QueryKeys<TKey, TListQuery, TDetailQuery> = {
    all: [globalKey],
    lists: () => [globalKey, "list"],
    list: (query) =>
      query !== undefined ? [...keys.lists(), { query }] : keys.lists(),
    details: () => [globalKey, "detail"],
    detail: (id, query) =>
      query !== undefined
        ? [...keys.details(), id, { query }]
        : [...keys.details(), id],
  }

  return keys
}
