export type CreateContactInput = {
  /** Stored lower-cased, so tickets and contacts match by equality. */
  email: string
  name?: string | null
  note?: string | null
  /** A blocked contact cannot start new conversations from the chat widget. */
  blocked?: boolean
}

export type UpdateContactInput = Partial<CreateContactInput> & { id: string }
