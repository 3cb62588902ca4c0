import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HelpdeskModule from "../modules/helpdesk"

// Read-only: the ticket's own customer_id is the link, so no link table to keep in sync.
export default defineLink(
  { linkable: HelpdeskModule.linkable.helpdeskTicket, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
