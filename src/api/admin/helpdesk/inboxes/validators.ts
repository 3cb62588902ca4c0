import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

export const AdminCreateInbox = z.strictObject({
  name: z.string().trim().min(1).max(120),
})
export type AdminCreateInboxType = z.infer<typeof AdminCreateInbox>

export const AdminUpdateInbox = AdminCreateInbox.partial()
export type AdminUpdateInboxType = z.infer<typeof AdminUpdateInbox>

export const AdminGetInboxParams = createSelectParams()
export type AdminGetInboxParamsType = z.infer<typeof AdminGetInboxParams>

export const AdminGetInboxesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
}).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetInboxesParamsType = z.infer<typeof AdminGetInboxesParams>
