import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useBaselinkerStatus } from "../../../../hooks/api/baselinker"
import type { BaselinkerStatusReport } from "../../../../../types/baselinker"

const dateTime = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString(undefined, {
        dateStyle: "medium",
        timeStyle: "medium",
      })
    : "Never"

const CIRCUIT: Record<
  BaselinkerStatusReport["circuit"]["state"],
  { label: string; color: "green" | "red" | "orange" }
> = {
  closed: { label: "Calling normally", color: "green" },
  open: { label: "Paused: BaseLinker blocked the account", color: "red" },
  half_open: { label: "Trying again with one call", color: "orange" },
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="text-ui-fg-subtle txt-small">{children}</div>
  </div>
)

const BaselinkerStatus = ({ status }: { status: BaselinkerStatusReport }) => {
  const circuit = CIRCUIT[status.circuit.state]
  const share = status.budget_per_minute
    ? status.calls_last_minute / status.budget_per_minute
    : 0
  return (
    <>
      <Row label="Calls in the last minute">
        <Badge
          size="2xsmall"
          color={share >= 1 ? "red" : share >= 0.8 ? "orange" : "grey"}
        >
          {status.calls_last_minute} of {status.budget_per_minute}
        </Badge>
      </Row>
      <Row label="Last successful call">{dateTime(status.last_success_at)}</Row>
      <Row label="Calls">
        <div className="flex flex-col gap-y-1">
          <Badge size="2xsmall" color={circuit.color} className="w-fit">
            {circuit.label}
          </Badge>
          {status.circuit.retry_at && (
            <span>Calls resume at {dateTime(status.circuit.retry_at)}</span>
          )}
        </div>
      </Row>
      <Row label="Shoppers with cached orders">{status.cached_emails}</Row>
    </>
  )
}

const NotConnected = () => (
  <div className="flex flex-col gap-y-2 px-6 py-4">
    <Text size="small">
      BaseLinker is not connected, so tickets show only Medusa orders.
    </Text>
    <Text size="small" className="text-ui-fg-subtle">
      To connect it, create an API token in BaseLinker (My account → API) and
      set it as the helpdesk plugin option <code>baselinker.token</code>, or as
      the <code>BASELINKER_TOKEN</code> environment variable, then restart
      Medusa. The token stays in your configuration, never in the database.
    </Text>
  </div>
)

const BaselinkerSettingsPage = () => {
  const { baselinker, isPending, isError, error } = useBaselinkerStatus()

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>BaseLinker</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Orders from BaseLinker beside each ticket, found by the shopper's
            e-mail. Read-only: the connection is set in the plugin options.
          </Text>
        </div>
        {baselinker && (
          <Badge
            size="2xsmall"
            color={baselinker.configured ? "green" : "grey"}
          >
            {baselinker.configured ? "Connected" : "Not connected"}
          </Badge>
        )}
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          The BaseLinker status could not be loaded: {error?.message}
        </Text>
      )}
      {baselinker &&
        (baselinker.configured ? (
          <BaselinkerStatus status={baselinker} />
        ) : (
          <NotConnected />
        ))}
    </Container>
  )
}

export const handle = {
  breadcrumb: () => "BaseLinker",
}

export default BaselinkerSettingsPage
