import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import type { TicketListFilters } from "../../../../modules/helpdesk/utils/ticket-search"
import { createAgentTicketWorkflow } from "../../../../workflows/tickets/workflows/create-agent-ticket"
import {
  formatListRow,
  refetchTicket,
  resolveOrderFilter,
  selectListFields,
} from "./helpers"
import type {
  AdminCreateTicketType,
  AdminGetTicketsParamsType,
} from "./validators"

/** The inbox: one page of the tickets the user may work, with the sidebar's view counts. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery as AdminGetTicketsParamsType
  const selection = selectListFields(req.queryConfig.fields)

  const filters: TicketListFilters = {
    view: params.view ?? "all",
    q: params.q,
    status: params.status,
    priority: params.priority,
    assignee_id:
      params.assignee_id === "none" ? null : (params.assignee_id ?? undefined),
    channel_id: params.channel_id,
    inbox_id: params.inbox_id,
    tag_id: params.tag_id,
    team_id: params.team_id,
    customer_id: params.customer_id,
    sentiment: params.sentiment,
    sentiment_flag: params.sentiment_flag,
    context: params.context,
    email: params.email,
    number: params.number?.map((n) => Number(n.replace("#", ""))),
    order: params.order_id
      ? await resolveOrderFilter(req.scope, params.order_id)
      : undefined,
  }

  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const { tickets, count, view_counts } = await helpdesk.listTicketsForUser(
    req.auth_context.actor_id,
    filters,
    {
      limit: params.limit,
      offset: params.offset,
      order: params.order ?? "-last_message_at",
      columns: selection.columns,
      include_tags: selection.include_tags,
    }
  )

  res.json({
    tickets: tickets.map((t) =>
      formatListRow(t, selection, new Set(filters.order?.ticket_ids))
    ),
    count,
    offset: params.offset,
    limit: params.limit,
    view_counts,
  })
}

/** "New ticket": the agent writes first, and the customer gets the message by e-mail. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTicketType>,
  res: MedusaResponse
) => {
  const { result } = await createAgentTicketWorkflow(req.scope).run({
    input: { ...req.validatedBody, user_id: req.auth_context.actor_id },
  })

  const ticket = await refetchTicket(
    result.ticket.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ ticket })
}
