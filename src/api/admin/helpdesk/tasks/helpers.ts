import { refetchEntity } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { notFound } from "../../../utils/refetch"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

type TaskRecord = Record<string, unknown> & { ticket_id?: string | null }

/**
 * A filter keeping the tasks a user may see: those on no ticket, and those on tickets of the
 * channels the user works (design §7).
 */
export async function accessibleTasksFilter(
  scope: MedusaContainer,
  userId: string
): Promise<Record<string, unknown>> {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const channelIds = await helpdesk.listAccessibleChannelIds(userId)
  return {
    $or: [
      { ticket_id: null },
      { ticket: { channel_id: null } },
      ...(channelIds.length ? [{ ticket: { channel_id: channelIds } }] : []),
    ],
  }
}

/** Ids, among the given tickets, of those the user may see. */
export async function accessibleTicketIds(
  scope: MedusaContainer,
  userId: string,
  ticketIds: string[]
): Promise<Set<string>> {
  const wanted = [...new Set(ticketIds)]
  if (!wanted.length) {
    return new Set()
  }
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [tickets, channelIds] = await Promise.all([
    helpdesk.listHelpdeskTickets(
      { id: wanted },
      { select: ["id", "channel_id"] }
    ),
    helpdesk.listAccessibleChannelIds(userId),
  ])
  const channels = new Set(channelIds)
  return new Set(
    tickets
      .filter((t) => !t.channel_id || channels.has(t.channel_id))
      .map((t) => t.id)
  )
}

/** Drops the tasks on tickets the user may not see. */
export async function withoutHiddenTasks<T extends TaskRecord>(
  scope: MedusaContainer,
  userId: string,
  tasks: T[]
): Promise<T[]> {
  const ticketIds = tasks.flatMap((t) => (t.ticket_id ? [t.ticket_id] : []))
  const visible = await accessibleTicketIds(scope, userId, ticketIds)
  return tasks.filter((t) => !t.ticket_id || visible.has(t.ticket_id))
}

/** The fields to ask for, plus `ticket_id` (needed to check access) when left out. */
export function withTicketId(fields: string[], prefix = ""): string[] {
  const field = `${prefix}ticket_id`
  return fields.includes(field) ? fields : [...fields, field]
}

export async function refetchTask(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  userId: string
): Promise<Record<string, unknown>> {
  const task = (await refetchEntity({
    entity: "helpdesk_task",
    idOrFilter: id,
    scope,
    fields: withTicketId(fields),
  })) as TaskRecord | undefined

  // a task on a ticket the user may not see is as missing as the ticket itself
  const [visible] = task ? await withoutHiddenTasks(scope, userId, [task]) : []
  if (!visible) {
    throw notFound("Task", id)
  }
  return visible
}
