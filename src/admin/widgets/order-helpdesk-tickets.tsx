import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { useTranslation } from "react-i18next"
import { TicketMiniList } from "../components/inbox/ticket-mini-list"
import { useTickets } from "../hooks/api/tickets"

/**
 * The conversations about this order: those linked to it first (marked), then those from the
 * e-mail it was placed with.
 */
const OrderHelpdeskTicketsWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const { tickets, isPending, error } = useTickets({
    order_id: order.id,
    fields: "+linked",
    limit: 20,
  })

  return (
    <TicketMiniList
      tickets={tickets ?? []}
      isLoading={isPending}
      error={error}
      emptyText={t("helpdesk.widgets.orderEmpty")}
    />
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
  id: "helpdesk.order-tickets",
})

export default OrderHelpdeskTicketsWidget
