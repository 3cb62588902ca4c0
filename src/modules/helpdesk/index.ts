import { Module } from "@medusajs/framework/utils"
import HelpdeskModuleService from "./service"

export const HELPDESK_MODULE = "helpdesk"

export default Module(HELPDESK_MODULE, {
  service: HelpdeskModuleService,
})
