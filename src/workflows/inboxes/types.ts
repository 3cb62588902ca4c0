export type CreateInboxInput = { name: string }

export type UpdateInboxInput = Partial<CreateInboxInput> & { id: string }
