import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/query-params"

export const AdminCreateTeam = z.strictObject({
  name: z.string().trim().min(1).max(120),
  member_ids: z
    .array(z.string().min(1))
    .max(500)
    .transform((ids) => [...new Set(ids)])
    .optional(),
})
export type AdminCreateTeamType = z.infer<typeof AdminCreateTeam>

export const AdminUpdateTeam = AdminCreateTeam.partial()
export type AdminUpdateTeamType = z.infer<typeof AdminUpdateTeam>

export const AdminGetTeamParams = createSelectParams()
export type AdminGetTeamParamsType = z.infer<typeof AdminGetTeamParams>

export const AdminGetTeamsParams = createListParams({
  limit: 50,
  order: "name",
}).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  user_id: z.string().optional(),
})
export type AdminGetTeamsParamsType = z.infer<typeof AdminGetTeamsParams>
