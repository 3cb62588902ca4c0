import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../../../modules/helpdesk/service"
import { getOpeningState } from "../../../../../modules/helpdesk/utils/opening-hours"
import type { OpeningHours } from "../../../../../types/channel"

/**
 * What the widget needs to decide whether and how to show itself. Read-only: a page view
 * creates nothing on the server.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [channel] = await helpdesk.listHelpdeskChannels(
    { id: req.params.id, enabled: true },
    { take: 1 }
  )
  if (!channel) {
    return res
      .status(404)
      .json({ type: "not_found", message: "This chat is not available." })
  }

  const state = getOpeningState(
    {
      timezone: channel.timezone,
      opening_hours: channel.opening_hours as unknown as OpeningHours,
      holidays: channel.holidays,
    },
    new Date()
  )

  res.setHeader("Cache-Control", "no-store")
  res.json({
    channel: {
      id: channel.id,
      name: channel.name,
      welcome_message: channel.welcome_message,
      alignment: channel.alignment,
      vertical_offset: channel.vertical_offset,
      path_list_type: channel.path_list_type,
      paths: channel.paths,
      after_hours_behavior: channel.after_hours_behavior,
      after_hours_message: channel.after_hours_message,
      locale: channel.locale,
      color: channel.color,
      is_open: state.is_open,
      next_change_at: state.next_change_at,
    },
  })
}
