import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { TicketPriority, TicketStatus } from "../../../types/ticket"

export type CreateTicketData = {
  subject: string
  customer_email: string
  customer_name?: string | null
  customer_id?: string | null
  channel_id?: string | null
  inbox_id?: string | null
  seller_login?: string | null
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  page_url?: string | null
  user_agent?: string | null
  locale?: string | null
  /** the last message already sent to the shopper by e-mail (see the chat-reply e-mails) */
  last_emailed_seq?: number
}

export const createTicketsStepId = "create-helpdesk-tickets"
/**
 * This step creates tickets; e-mails are stored lower-cased so orders and contacts match.
 */
export const createTicketsStep = createStep(
  createTicketsStepId,
  async ({ tickets }: { tickets: CreateTicketData[] }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskTickets(
      tickets.map((t) => ({
        ...t,
        customer_email: t.customer_email.trim().toLowerCase(),
      }))
    )
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskTickets(ids)
  }
)
