export type CreateProjectInput = {
  name: string
  description?: string | null
}

export type UpdateProjectInput = Partial<CreateProjectInput> & { id: string }
