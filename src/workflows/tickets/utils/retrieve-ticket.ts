import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { agentFirstName } from "../../../publisher/serialize"

type ListTickets = HelpdeskModuleService["listHelpdeskTickets"]
type TicketColumns = NonNullable<Parameters<ListTickets>[1]>["select"]
type Ticket = Awaited<ReturnType<ListTickets>>[number]

/** The 404 the tickets API answers with, also for a ticket the user may not see. */
export const ticketNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket "${id}" was not found.`)

/** The ticket with the given columns, or a 404. */
export async function retrieveTicketOrNotFound(
  container: MedusaContainer,
  ticketId: string,
  select: TicketColumns
): Promise<Ticket> {
  const [ticket] = await container
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listHelpdeskTickets({ id: ticketId }, { select, take: 1 })
  if (!ticket) {
    throw ticketNotFound(ticketId)
  }
  return ticket
}

/** How the internal lines name the acting agent. */
export const actorName = async (container: MedusaContainer, userId: string) =>
  (await agentFirstName(container, userId)) ?? "An agent"
