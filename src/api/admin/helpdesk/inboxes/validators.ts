import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/query-params"

export const AdminCreateInbox = z.strictObject({
  name: z.string().trim().min(1).max(120),
})
export type AdminCreateInboxType = z.infer<typeof AdminCreateInbox>

export const AdminUpdateInbox = AdminCreateInbox.partial()
export type AdminUpdateInboxType = z.infer<typeof AdminUpdateInbox>

export const AdminGetInboxParams = createSelectParams()
export type AdminGetInboxParamsType = z.infer<typeof AdminGetInboxParams>

export const AdminGetInboxesParams = createListParams({
  limit: 50,
  order: "name",
}).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetInboxesParamsType = z.infer<typeof AdminGetInboxesParams>
