import { ArrowPath } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  IconButton,
  Input,
  Select,
  Text,
  toast,
  Tooltip,
} from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { Link } from "react-router-dom"
import type { HelpdeskOrder, TicketOrdersResponse } from "../../../types/orders"
import {
  useBaselinkerStatuses,
  useLinkTicketOrder,
  useRefreshTicketOrders,
  useSetBaselinkerOrderStatus,
  useTicketOrders,
  useUnlinkTicketOrder,
} from "../../hooks/api/orders"
import type { AdminTicket } from "../../lib/ticket-types"
import { formatDateTime } from "../inbox/ticket-format"

const errorText = (e: unknown, fallback: string) =>
  e instanceof Error ? e.message : fallback

/** A total in the order's currency, e.g. "98,00 zł"; an unknown currency code still shows. */
export const formatTotal = (total: number, currencyCode: string) => {
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(total)
  } catch {
    return `${total.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

// only a plain colour reaches the style attribute
const safeColor = (color: string | null | undefined) =>
  color && /^#[0-9a-f]{3,8}$/i.test(color) ? color : "#a1a1aa"

const StatusBadge = ({ status }: { status: HelpdeskOrder["status"] }) => (
  <Badge size="2xsmall" className="max-w-[160px] gap-x-1">
    <span
      aria-hidden
      className="size-2 shrink-0 rounded-full"
      style={{ backgroundColor: safeColor(status.color) }}
    />
    <span className="truncate">{status.name}</span>
  </Badge>
)

const words = (value: string | null | undefined) =>
  value ? value.replace(/_/g, " ") : null

const Items = ({ order }: { order: HelpdeskOrder }) => {
  if (!order.items.length) {
    return null
  }
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0)
  return (
    <details className="group">
      <summary className="txt-compact-xsmall text-ui-fg-subtle cursor-pointer select-none">
        {count} {count === 1 ? "item" : "items"}
      </summary>
      <ul className="mt-1 flex flex-col gap-y-0.5 pl-3">
        {order.items.map((item, i) => (
          <li key={i}>
            <Text size="xsmall" className="text-ui-fg-subtle break-words">
              {item.quantity} × {item.title}
              {item.sku ? ` (${item.sku})` : ""}
            </Text>
          </li>
        ))}
      </ul>
    </details>
  )
}

const OrderHeader = ({ order }: { order: HelpdeskOrder }) => (
  <div className="flex items-center justify-between gap-x-2">
    <div className="flex min-w-0 items-center gap-x-2">
      {order.source === "medusa" ? (
        <Link
          to={`/orders/${order.id}`}
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate outline-none focus-visible:underline"
        >
          #{order.number}
        </Link>
      ) : order.url ? (
        <a
          href={order.url}
          target="_blank"
          rel="noopener noreferrer"
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate outline-none focus-visible:underline"
        >
          #{order.number}
        </a>
      ) : (
        <Text size="small" weight="plus" leading="compact">
          #{order.number}
        </Text>
      )}
      <StatusBadge status={order.status} />
    </div>
    <Text size="small" leading="compact" className="shrink-0">
      {formatTotal(order.total, order.currency_code)}
    </Text>
  </div>
)

const MedusaOrderRow = ({
  ticketId,
  order,
}: {
  ticketId: string
  order: HelpdeskOrder
}) => {
  const link = useLinkTicketOrder(ticketId)
  const unlink = useUnlinkTicketOrder(ticketId)
  const details = [
    formatDateTime(order.created_at),
    words(order.payment_status),
    words(order.fulfillment_status),
  ].filter(Boolean)

  return (
    <li
      className="flex flex-col gap-y-1 px-6 py-3"
      aria-label={`Order #${order.number}`}
    >
      <OrderHeader order={order} />
      <div className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {details.join(" · ")}
        </Text>
        <div className="flex shrink-0 items-center gap-x-2">
          {order.linked && (
            <Badge size="2xsmall" color="blue">
              Linked
            </Badge>
          )}
          <Button
            size="small"
            variant="transparent"
            isLoading={link.isPending || unlink.isPending}
            onClick={() => {
              const run = order.linked
                ? unlink.mutateAsync({ order_id: order.id })
                : link.mutateAsync({ order_id: order.id })
              void run.catch((e: unknown) =>
                toast.error(
                  errorText(
                    e,
                    order.linked
                      ? "The order could not be unlinked."
                      : "The order could not be linked."
                  )
                )
              )
            }}
          >
            {order.linked ? "Unlink" : "Link"}
          </Button>
        </div>
      </div>
      <Items order={order} />
    </li>
  )
}

const BaselinkerOrderRow = ({
  ticketId,
  order,
  statuses,
}: {
  ticketId: string
  order: HelpdeskOrder
  statuses: { id: string; name: string }[]
}) => {
  const setStatus = useSetBaselinkerOrderStatus(ticketId)
  const options = statuses.some((s) => s.id === order.status.id)
    ? statuses
    : [{ id: order.status.id, name: order.status.name }, ...statuses]
  const selectId = `baselinker-status-${order.id}`

  return (
    <li
      className="flex flex-col gap-y-1 px-6 py-3"
      aria-label={`BaseLinker order #${order.number}`}
    >
      <OrderHeader order={order} />
      <Text size="xsmall" className="text-ui-fg-subtle">
        {formatDateTime(order.created_at)}
      </Text>
      <Items order={order} />
      <div className="flex items-center gap-x-2">
        <Text
          as="span"
          size="xsmall"
          className="text-ui-fg-subtle shrink-0"
          id={`${selectId}-label`}
        >
          Status
        </Text>
        <Select
          size="small"
          value={order.status.id}
          disabled={setStatus.isPending}
          onValueChange={(status_id) =>
            void setStatus
              .mutateAsync({ order_id: order.id, status_id })
              .then(() => toast.success("BaseLinker status changed."))
              .catch((e: unknown) =>
                toast.error(
                  errorText(e, "BaseLinker did not change the status.")
                )
              )
          }
        >
          <Select.Trigger id={selectId} aria-labelledby={`${selectId}-label`}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {options.map((s) => (
              <Select.Item key={s.id} value={s.id}>
                {s.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </li>
  )
}

/** What BaseLinker's state means for the agent, in a sentence; null when all is well. */
export const baselinkerStateText = (
  baselinker: TicketOrdersResponse["baselinker"]
): string | null => {
  const fetched = baselinker.fetched_at
    ? `Orders last fetched ${formatDateTime(baselinker.fetched_at)}.`
    : "No orders fetched yet."
  const retry = baselinker.retry_at
    ? ` Retries at ${formatDateTime(baselinker.retry_at)}.`
    : ""
  switch (baselinker.state) {
    case "not_configured":
      return "BaseLinker is not connected. To show BaseLinker orders here, set BASELINKER_TOKEN (BaseLinker → Account & other → My account → API) in Medusa's environment and restart Medusa."
    case "unavailable":
      return `BaseLinker is unavailable right now. ${fetched}`
    case "rate_limited":
      return `BaseLinker's request limit for this minute is used up.${retry} ${fetched}`
    case "blocked":
      return `BaseLinker has blocked this account's API access for a while.${retry} ${fetched}`
    default:
      return null
  }
}

/**
 * BaseLinker lists orders oldest confirmation first and a look fetches at most 5 pages of 100,
 * so when the shopper has more, the ones listed are the first of the look-back, not the newest.
 */
export const baselinkerCappedText = (shown: number) =>
  `Showing the newest ${shown} BaseLinker orders: the shopper has more in the look-back period than one look fetches. Find the older ones in the BaseLinker panel.`

const LinkOrderForm = ({ ticketId }: { ticketId: string }) => {
  const [reference, setReference] = useState("")
  const link = useLinkTicketOrder(ticketId)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const order_id = reference.trim()
    if (!order_id) {
      return
    }
    link.mutate(
      { order_id },
      {
        onSuccess: () => setReference(""),
        onError: (error) =>
          toast.error(errorText(error, "The order could not be linked.")),
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex items-center gap-x-2 px-6 py-3">
      <Input
        size="small"
        aria-label="Order id or number to link"
        placeholder="Order id or number, e.g. 1042"
        value={reference}
        onChange={(e) => setReference(e.target.value)}
      />
      <Button
        size="small"
        variant="secondary"
        type="submit"
        isLoading={link.isPending}
        disabled={!reference.trim()}
      >
        Link order
      </Button>
    </form>
  )
}

/** The shopper's orders beside the ticket: Medusa's and BaseLinker's, as Responso shows them. */
export const TicketOrders = ({ ticket }: { ticket: AdminTicket }) => {
  const { orders, medusa, baselinker, isPending, error } = useTicketOrders(
    ticket.id
  )
  const refresh = useRefreshTicketOrders(ticket.id)
  const connected = !!baselinker && baselinker.state !== "not_configured"
  const { statuses } = useBaselinkerStatuses({ enabled: connected })

  const medusaOrders = (orders ?? []).filter((o) => o.source === "medusa")
  const baselinkerOrders = (orders ?? []).filter(
    (o) => o.source === "baselinker"
  )
  const stateText = baselinker ? baselinkerStateText(baselinker) : null

  return (
    <Container role="region" className="divide-y p-0" aria-label="Orders">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Orders</Heading>
        <Tooltip content="Ask BaseLinker again">
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Refresh orders"
            disabled={refresh.isPending || isPending}
            onClick={() =>
              refresh.mutate(undefined, {
                onError: (e) =>
                  toast.error(
                    errorText(e, "The orders could not be refreshed.")
                  ),
              })
            }
          >
            <ArrowPath className={refresh.isPending ? "animate-spin" : ""} />
          </IconButton>
        </Tooltip>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          The orders could not be loaded: {error.message}
        </Text>
      ) : isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Loading orders…
        </Text>
      ) : (
        <>
          <div className="px-6 pb-1 pt-3">
            <Text size="xsmall" weight="plus" className="text-ui-fg-muted">
              MEDUSA
              {medusa && medusa.count > medusaOrders.length
                ? ` · ${medusaOrders.length} of ${medusa.count}`
                : ""}
            </Text>
          </div>
          {medusaOrders.length ? (
            <ul className="divide-y" aria-label="Medusa orders">
              {medusaOrders.map((order) => (
                <MedusaOrderRow
                  key={order.id}
                  ticketId={ticket.id}
                  order={order}
                />
              ))}
            </ul>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              No Medusa orders from {ticket.customer_email}.
            </Text>
          )}
          <LinkOrderForm ticketId={ticket.id} />
          <div className="px-6 pb-1 pt-3">
            <Text size="xsmall" weight="plus" className="text-ui-fg-muted">
              BASELINKER
            </Text>
          </div>
          {stateText && (
            <Text
              size="small"
              className="text-ui-fg-subtle px-6 py-3"
              role="status"
            >
              {stateText}
            </Text>
          )}
          {baselinker?.capped && (
            <Text
              size="small"
              className="text-ui-fg-subtle px-6 py-3"
              role="note"
            >
              {baselinkerCappedText(baselinkerOrders.length)}
            </Text>
          )}
          {baselinkerOrders.length ? (
            <ul className="divide-y" aria-label="BaseLinker orders">
              {baselinkerOrders.map((order) => (
                <BaselinkerOrderRow
                  key={order.id}
                  ticketId={ticket.id}
                  order={order}
                  statuses={statuses ?? []}
                />
              ))}
            </ul>
          ) : (
            connected && (
              <Text size="small" className="text-ui-fg-subtle px-6 py-3">
                No BaseLinker orders from {ticket.customer_email}.
              </Text>
            )
          )}
        </>
      )}
    </Container>
  )
}
