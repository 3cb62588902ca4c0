import { refetchEntity } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

export type HelpdeskRecord = Record<string, unknown>

/** The 404 of every admin resource: `<Resource> "<id>" was not found.` */
export const notFound = (resource: string, id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `${resource} "${id}" was not found.`
  )

/**
 * One record read with Query, as `refetchEntity` reads it, or a 404 naming the resource
 * (`refetchEntity` itself answers `undefined` for a record that does not exist).
 */
export async function refetchOrNotFound({
  entity,
  resource,
  id,
  scope,
  fields,
}: {
  /** the Query entity, e.g. `helpdesk_tag` */
  entity: string
  /** how the 404 names it, e.g. `Tag` */
  resource: string
  id: string
  scope: MedusaContainer
  fields: string[]
}): Promise<HelpdeskRecord> {
  // the helpdesk entities have no generated Query types, so refetchEntity answers `any`
  const record = (await refetchEntity({
    entity,
    idOrFilter: id,
    scope,
    fields,
  })) as HelpdeskRecord | undefined
  if (!record) {
    throw notFound(resource, id)
  }
  return record
}

/** `refetchOrNotFound` bound to one resource, for its routes. */
export const refetcher =
  (entity: string, resource: string) =>
  (id: string, scope: MedusaContainer, fields: string[]) =>
    refetchOrNotFound({ entity, resource, id, scope, fields })
