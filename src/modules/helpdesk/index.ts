import { Module } from "@medusajs/framework/utils"
import warmRealtimeLoader from "./loaders/warm-realtime"
import HelpdeskModuleService from "./service"

export const HELPDESK_MODULE = "helpdesk"

export default Module(HELPDESK_MODULE, {
  service: HelpdeskModuleService,
  loaders: [warmRealtimeLoader],
})
