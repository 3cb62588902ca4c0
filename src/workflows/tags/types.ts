export type CreateTagInput = {
  name: string
  /** `#rrggbb`; the model's grey when left out. */
  color?: string
}

export type UpdateTagInput = Partial<CreateTagInput> & { id: string }
