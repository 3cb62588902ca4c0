import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { TicketPriority, TicketStatus } from "../../../types/ticket"

export type UpdateTicketData = {
  id: string
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  team_id?: string | null
  inbox_id?: string | null
  closed_at?: Date | null
  status_changed_at?: Date | null
  skip_next_autoresponder?: boolean
  sentiment?: string | null
  sentiment_flags?: string[] | null
  sentiment_set_by?: string | null
  context?: string | null
  context_set_by?: string | null
}

export const updateTicketsStepId = "update-helpdesk-tickets"
/**
 * This step updates tickets, keeping the previous values of the changed fields to restore them.
 * A status change stamps `status_changed_at`, from which `pending_for` rules count.
 */
export const updateTicketsStep = createStep(
  updateTicketsStepId,
  async (
    { tickets: input }: { tickets: UpdateTicketData[] },
    { container }
  ) => {
    if (!input.length) {
      return new StepResponse([], [] as UpdateTicketData[])
    }
    const now = new Date()
    const tickets = input.map((t) =>
      t.status !== undefined && t.status_changed_at === undefined
        ? { ...t, status_changed_at: now }
        : t
    )
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const touched = [...new Set(tickets.flatMap((t) => Object.keys(t)))]
    const before = await helpdesk.listHelpdeskTickets(
      { id: tickets.map((t) => t.id) },
      { select: touched as never[] }
    )
    // Only the touched columns were selected, so the snapshot restores exactly what changes.
    const snapshot = before as unknown as UpdateTicketData[]

    const updated = await helpdesk.updateHelpdeskTickets(tickets)
    return new StepResponse(updated, snapshot)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateHelpdeskTickets(before)
  }
)
