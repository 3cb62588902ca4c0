import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchOrNotFound } from "../../../utils/refetch"

type ChannelRecord = Record<string, unknown> & {
  id: string
  agents?: { user_id: string }[] | null
}

/** The channel as the API speaks of it: its agents as `agent_ids`, like the request body. */
export function formatChannel(channel: ChannelRecord): Record<string, unknown> {
  const { agents, ...rest } = channel
  return agents ? { ...rest, agent_ids: agents.map((a) => a.user_id) } : rest
}

export async function refetchChannel(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const channel = await refetchOrNotFound({
    entity: "helpdesk_channel",
    resource: "Chat channel",
    id,
    scope,
    fields,
  })
  return formatChannel(channel as ChannelRecord)
}

/**
 * The snippet a merchant pastes into the store. A queue stub keeps calls made before the
 * loader arrives; the loader itself is fetched asynchronously so it never blocks the page.
 */
export function buildEmbedCode(backendUrl: string, channelId: string): string {
  // `<` escaped so no value can close the script element early
  const js = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c")
  const loaderUrl = `${backendUrl}/helpdesk/widget/loader.js`

  return [
    "<!-- Helpdesk live chat -->",
    "<script>",
    "  (function (w, d, u, c, b) {",
    "    w.Helpdesk = w.Helpdesk || function () { (w.Helpdesk.q = w.Helpdesk.q || []).push(arguments) };",
    '    w.Helpdesk("init", { channelId: c, backendUrl: b });',
    '    var s = d.createElement("script"); s.async = true; s.src = u;',
    "    (d.head || d.body).appendChild(s);",
    `  })(window, document, ${js(loaderUrl)}, ${js(channelId)}, ${js(backendUrl)});`,
    "</script>",
  ].join("\n")
}
