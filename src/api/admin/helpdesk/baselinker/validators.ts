import { z } from "@medusajs/framework/zod"

// BaseLinker ids are whole numbers; the Admin sends them as strings or numbers
const baselinkerId = (name: string) =>
  z.preprocess(
    (value) => (typeof value === "number" ? String(value) : value),
    z
      .string({
        message: `${name} is required: a BaseLinker ${name.replace("_id", "")} id.`,
      })
      .regex(/^[1-9][0-9]{0,17}$/, {
        message: `${name} must be a BaseLinker id, a whole number such as 513689.`,
      })
  )

export const AdminSetBaselinkerOrderStatus = z.strictObject({
  status_id: baselinkerId("status_id"),
})
export type AdminSetBaselinkerOrderStatusType = z.infer<
  typeof AdminSetBaselinkerOrderStatus
>

/** BaseLinker order ids in the path: a whole number, or the order is not there at all. */
export const isBaselinkerOrderId = (value: string) =>
  /^[1-9][0-9]{0,17}$/.test(value)
