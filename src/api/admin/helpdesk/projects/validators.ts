import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/query-params"

export const AdminCreateProject = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000).nullish(),
})
export type AdminCreateProjectType = z.infer<typeof AdminCreateProject>

export const AdminUpdateProject = AdminCreateProject.partial()
export type AdminUpdateProjectType = z.infer<typeof AdminUpdateProject>

export const AdminGetProjectParams = createSelectParams()
export type AdminGetProjectParamsType = z.infer<typeof AdminGetProjectParams>

export const AdminGetProjectsParams = createListParams({
  limit: 50,
  order: "name",
}).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetProjectsParamsType = z.infer<typeof AdminGetProjectsParams>
