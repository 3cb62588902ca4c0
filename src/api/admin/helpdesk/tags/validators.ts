import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/query-params"

const name = z.string().trim().min(1).max(60)

const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, {
    message: 'color must be a hex colour such as "#1f6feb".',
  })
  .transform((value) => value.toLowerCase())

export const AdminCreateTag = z.strictObject({
  name,
  color: color.optional(),
})
export type AdminCreateTagType = z.infer<typeof AdminCreateTag>

export const AdminUpdateTag = AdminCreateTag.partial()
export type AdminUpdateTagType = z.infer<typeof AdminUpdateTag>

export const AdminGetTagParams = createSelectParams()
export type AdminGetTagParamsType = z.infer<typeof AdminGetTagParams>

export const AdminGetTagsParams = createListParams({
  limit: 50,
  order: "name",
}).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetTagsParamsType = z.infer<typeof AdminGetTagsParams>
