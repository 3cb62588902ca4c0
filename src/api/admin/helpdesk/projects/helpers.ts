import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchOrNotFound } from "../../../utils/refetch"
import { accessibleTicketIds } from "../tasks/helpers"

type ProjectRecord = Record<string, unknown> & {
  id: string
  tasks?: (Record<string, unknown> & { ticket_id?: string | null })[] | null
}

const asksForTasks = (fields: string[]) =>
  fields.some((f) => f === "*tasks" || f.startsWith("tasks."))

/** The fields to ask Query for: with tasks, also their ticket, to check access. */
export function projectQueryFields(fields: string[]): string[] {
  return asksForTasks(fields) && !fields.includes("tasks.ticket_id")
    ? [...fields, "tasks.ticket_id"]
    : fields
}

/**
 * Takes the tasks on tickets the user may not see off the projects, as the tickets themselves
 * are hidden from that user (design §7).
 */
export async function withVisibleTasks<T extends ProjectRecord>(
  scope: MedusaContainer,
  userId: string,
  projects: T[]
): Promise<T[]> {
  const ticketIds = projects.flatMap((p) =>
    (p.tasks ?? []).flatMap((t) => (t.ticket_id ? [t.ticket_id] : []))
  )
  if (!ticketIds.length) {
    return projects
  }
  const visible = await accessibleTicketIds(scope, userId, ticketIds)
  return projects.map((p) =>
    p.tasks
      ? {
          ...p,
          tasks: p.tasks.filter(
            (t) => !t.ticket_id || visible.has(t.ticket_id)
          ),
        }
      : p
  )
}

export async function refetchProject(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  userId: string
): Promise<Record<string, unknown>> {
  const project = await refetchOrNotFound({
    entity: "helpdesk_project",
    resource: "Project",
    id,
    scope,
    fields: projectQueryFields(fields),
  })
  const [visible] = await withVisibleTasks(scope, userId, [
    project as ProjectRecord,
  ])
  return visible
}
