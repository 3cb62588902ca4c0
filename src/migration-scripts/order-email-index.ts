import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A trigram index on Medusa's order e-mails, so a ticket finds its shopper's orders by e-mail
 * in any case (`email ILIKE …`, which Query can express) without reading every order. Medusa
 * indexes no order e-mail itself. Runs once, after every module's migrations (the order table
 * exists by then). Without the right to create the pg_trgm extension the lookup still works,
 * only by scanning the orders; the log says so.
 */
export default async function orderEmailIndex({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await pg.raw("create extension if not exists pg_trgm")
  } catch (error) {
    logger.warn(
      `The helpdesk could not create the PostgreSQL extension pg_trgm (${error instanceof Error ? error.message : String(error)}). Tickets still find orders by e-mail, but by reading every order; ask the database owner to run "create extension pg_trgm" and then "create index on \\"order\\" using gin (email gin_trgm_ops) where deleted_at is null".`
    )
    return
  }
  await pg.raw(
    `create index if not exists "IDX_helpdesk_order_email_trgm" on "order" using gin (email gin_trgm_ops) where deleted_at is null`
  )
}
