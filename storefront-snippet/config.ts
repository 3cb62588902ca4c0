/**
 * The channel's public settings. The loader GETs them and nothing else: a page view creates
 * nothing on the server.
 */
import type { InitOptions, WidgetConfig } from "./types"

export const fetchConfig = ({
  backendUrl,
  channelId,
}: InitOptions): Promise<WidgetConfig> =>
  fetch(
    `${backendUrl}/helpdesk/channels/${encodeURIComponent(channelId)}/widget-config`
  )
    .then((res) => (res.ok ? res.json() : Promise.reject(res.status)))
    .then((body: { channel: WidgetConfig }) => body.channel)
