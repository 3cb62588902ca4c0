import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import HelpdeskModule from "../modules/helpdesk"

// One order can be discussed in many tickets, and one ticket can concern many orders.
export default defineLink(
  { linkable: HelpdeskModule.linkable.helpdeskTicket, isList: true },
  { linkable: OrderModule.linkable.order, isList: true }
)
