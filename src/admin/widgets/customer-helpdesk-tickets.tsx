import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { TicketMiniList } from "../components/inbox/ticket-mini-list"
import { useTickets } from "../hooks/api/tickets"

const LIMIT = 20

const byLastMessage = (a: string | null, b: string | null) =>
  (b ? Date.parse(b) : 0) - (a ? Date.parse(a) : 0)

/**
 * The customer's conversations: the tickets tied to their account, and those written from their
 * e-mail before they were identified (a chat started while logged out).
 */
const CustomerHelpdeskTicketsWidget = ({
  data: customer,
}: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation()
  const byId = useTickets({ customer_id: customer.id, limit: LIMIT })
  const byEmail = useTickets(
    { email: customer.email, limit: LIMIT },
    { enabled: !!customer.email }
  )

  const tickets = useMemo(() => {
    const seen = new Map(
      [...(byId.tickets ?? []), ...(byEmail.tickets ?? [])].map((t) => [
        t.id,
        t,
      ])
    )
    return [...seen.values()]
      .sort((a, b) => byLastMessage(a.last_message_at, b.last_message_at))
      .slice(0, LIMIT)
  }, [byId.tickets, byEmail.tickets])

  return (
    <TicketMiniList
      tickets={tickets}
      isLoading={byId.isPending || (!!customer.email && byEmail.isPending)}
      error={byId.error ?? byEmail.error}
      emptyText={t("helpdesk.widgets.customerEmpty")}
    />
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
  id: "helpdesk.customer-tickets",
})

export default CustomerHelpdeskTicketsWidget
