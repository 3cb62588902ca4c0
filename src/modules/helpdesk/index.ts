import { Module } from "@medusajs/framework/utils"
import realtimePublisherLoader from "./loaders/realtime-publisher"
import warmRealtimeLoader from "./loaders/warm-realtime"
import HelpdeskModuleService from "./service"

export const HELPDESK_MODULE = "helpdesk"

export default Module(HELPDESK_MODULE, {
  service: HelpdeskModuleService,
  loaders: [realtimePublisherLoader, warmRealtimeLoader],
})
