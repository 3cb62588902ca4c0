import { defineMiddlewares } from "@medusajs/framework/http"
import { adminChannelRoutesMiddlewares } from "./admin/helpdesk/channels/middlewares"

export default defineMiddlewares({
  routes: [...adminChannelRoutesMiddlewares],
})
