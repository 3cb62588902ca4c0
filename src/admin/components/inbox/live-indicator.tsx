import { StatusBadge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ConnectionStatus } from "../../hooks/use-agent-socket"

const LOOK: Record<
  ConnectionStatus,
  { color: "green" | "grey" | "orange"; label: string; hint: string }
> = {
  live: {
    color: "green",
    label: "helpdesk.live.live",
    hint: "helpdesk.live.liveHint",
  },
  connecting: {
    color: "grey",
    label: "helpdesk.live.connecting",
    hint: "helpdesk.live.connectingHint",
  },
  reconnecting: {
    color: "orange",
    label: "helpdesk.live.reconnecting",
    hint: "helpdesk.live.reconnectingHint",
  },
}

/** Whether new tickets and messages arrive on their own. */
export const LiveIndicator = ({ status }: { status: ConnectionStatus }) => {
  const { t } = useTranslation()
  const look = LOOK[status]
  return (
    <Tooltip content={t(look.hint)}>
      <StatusBadge color={look.color} data-realtime={status}>
        {t(look.label)}
      </StatusBadge>
    </Tooltip>
  )
}
