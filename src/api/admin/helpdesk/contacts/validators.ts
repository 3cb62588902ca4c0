import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/query-params"

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.email({
      message: "email must be an e-mail address such as jan@example.com.",
    })
  )

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean({ message: "blocked must be true or false." }).optional()
)

export const AdminCreateContact = z.strictObject({
  email,
  name: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(5000).nullish(),
  blocked: z.boolean().optional(),
})
export type AdminCreateContactType = z.infer<typeof AdminCreateContact>

export const AdminUpdateContact = AdminCreateContact.partial()
export type AdminUpdateContactType = z.infer<typeof AdminUpdateContact>

export const AdminGetContactParams = createSelectParams()
export type AdminGetContactParamsType = z.infer<typeof AdminGetContactParams>

export const AdminGetContactsParams = createListParams({
  limit: 50,
  order: "email",
}).extend({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  email: z.string().trim().toLowerCase().optional(),
  blocked: booleanParam,
})
export type AdminGetContactsParamsType = z.infer<typeof AdminGetContactsParams>
