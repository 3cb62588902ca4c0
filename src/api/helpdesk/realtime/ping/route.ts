import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Reaching this route attaches the real-time server (see src/api/middlewares.ts). */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json({ ok: true })
}
