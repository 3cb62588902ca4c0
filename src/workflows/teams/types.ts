export type CreateTeamInput = {
  name: string
  /** Medusa users in the team. */
  member_ids?: string[]
}

export type UpdateTeamInput = Partial<CreateTeamInput> & { id: string }
