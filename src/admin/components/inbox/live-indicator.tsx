import { StatusBadge, Tooltip } from "@medusajs/ui"
import type { ConnectionStatus } from "../../hooks/use-agent-socket"

const LOOK: Record<
  ConnectionStatus,
  { color: "green" | "grey" | "orange"; label: string; hint: string }
> = {
  live: {
    color: "green",
    label: "Live",
    hint: "New tickets and messages appear as they arrive.",
  },
  connecting: {
    color: "grey",
    label: "Connecting",
    hint: "Connecting for live updates…",
  },
  reconnecting: {
    color: "orange",
    label: "Reconnecting",
    hint: "The live connection dropped. Updates resume, with anything missed, once it is back.",
  },
}

/** Whether new tickets and messages arrive on their own. */
export const LiveIndicator = ({ status }: { status: ConnectionStatus }) => {
  const look = LOOK[status]
  return (
    <Tooltip content={look.hint}>
      <StatusBadge color={look.color} data-realtime={status}>
        {look.label}
      </StatusBadge>
    </Tooltip>
  )
}
