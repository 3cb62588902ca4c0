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
import { useTranslation } from "react-i18next"
import type { TFunction } from "i18next"
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
import { adminLanguage } from "../../lib/locale"

const errorText = (e: unknown, fallback: string) =>
  e instanceof Error ? e.message : fallback

/** A total in the order's currency, e.g. "98,00 zł"; an unknown currency code still shows. */
export const formatTotal = (total: number, currencyCode: string) => {
  try {
    return new Intl.NumberFormat(adminLanguage(), {
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
  const { t } = useTranslation()
  if (!order.items.length) {
    return null
  }
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0)
  return (
    <details className="group">
      <summary className="txt-compact-xsmall text-ui-fg-subtle cursor-pointer select-none">
        {t("helpdesk.orders.itemCount", { count })}
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
  const { t } = useTranslation()
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
      aria-label={t("helpdesk.orders.order", { number: order.number })}
    >
      <OrderHeader order={order} />
      <div className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {details.join(" · ")}
        </Text>
        <div className="flex shrink-0 items-center gap-x-2">
          {order.linked && (
            <Badge size="2xsmall" color="blue">
              {t("helpdesk.orders.linked")}
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
                      ? t("helpdesk.orders.unlinkFailed")
                      : t("helpdesk.orders.linkFailed")
                  )
                )
              )
            }}
          >
            {order.linked
              ? t("helpdesk.orders.unlink")
              : t("helpdesk.orders.link")}
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
  const { t } = useTranslation()
  const setStatus = useSetBaselinkerOrderStatus(ticketId)
  const options = statuses.some((s) => s.id === order.status.id)
    ? statuses
    : [{ id: order.status.id, name: order.status.name }, ...statuses]
  const selectId = `baselinker-status-${order.id}`

  return (
    <li
      className="flex flex-col gap-y-1 px-6 py-3"
      aria-label={t("helpdesk.orders.baselinkerOrder", {
        number: order.number,
      })}
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
          {t("helpdesk.orders.status")}
        </Text>
        <Select
          size="small"
          value={order.status.id}
          disabled={setStatus.isPending}
          onValueChange={(status_id) =>
            void setStatus
              .mutateAsync({ order_id: order.id, status_id })
              .then(() => toast.success(t("helpdesk.orders.statusChanged")))
              .catch((e: unknown) =>
                toast.error(errorText(e, t("helpdesk.orders.statusFailed")))
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
  baselinker: TicketOrdersResponse["baselinker"],
  t: TFunction
): string | null => {
  const fetched = baselinker.fetched_at
    ? t("helpdesk.orders.fetchedAt", {
        date: formatDateTime(baselinker.fetched_at),
      })
    : t("helpdesk.orders.neverFetched")
  const retry = baselinker.retry_at
    ? " " +
      t("helpdesk.orders.retryAt", {
        date: formatDateTime(baselinker.retry_at),
      })
    : ""
  switch (baselinker.state) {
    case "not_configured":
      return t("helpdesk.orders.notConfigured")
    case "unavailable":
      return `${t("helpdesk.orders.unavailable")} ${fetched}`
    case "rate_limited":
      return `${t("helpdesk.orders.rateLimited")}${retry} ${fetched}`
    case "blocked":
      return `${t("helpdesk.orders.blocked")}${retry} ${fetched}`
    default:
      return null
  }
}

/**
 * BaseLinker lists orders oldest confirmation first and a look fetches at most 5 pages of 100,
 * so when the shopper has more, the ones listed are the first of the look-back, not the newest.
 */
export const baselinkerCappedText = (count: number, t: TFunction) =>
  t("helpdesk.orders.capped", { count })

const LinkOrderForm = ({ ticketId }: { ticketId: string }) => {
  const { t } = useTranslation()
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
          toast.error(errorText(error, t("helpdesk.orders.linkFailed"))),
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex items-center gap-x-2 px-6 py-3">
      <Input
        size="small"
        aria-label={t("helpdesk.orders.linkLabel")}
        placeholder={t("helpdesk.orders.linkPlaceholder")}
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
        {t("helpdesk.orders.linkOrder")}
      </Button>
    </form>
  )
}

/** The shopper's orders beside the ticket: Medusa's and BaseLinker's, as Responso shows them. */
export const TicketOrders = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
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
  const stateText = baselinker ? baselinkerStateText(baselinker, t) : null

  return (
    <Container
      role="region"
      className="divide-y p-0"
      aria-label={t("helpdesk.orders.title")}
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("helpdesk.orders.title")}</Heading>
        <Tooltip content={t("helpdesk.orders.refreshHint")}>
          <IconButton
            size="small"
            variant="transparent"
            aria-label={t("helpdesk.orders.refresh")}
            disabled={refresh.isPending || isPending}
            onClick={() =>
              refresh.mutate(undefined, {
                onError: (e) =>
                  toast.error(errorText(e, t("helpdesk.orders.refreshFailed"))),
              })
            }
          >
            <ArrowPath className={refresh.isPending ? "animate-spin" : ""} />
          </IconButton>
        </Tooltip>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("helpdesk.orders.loadFailed", { error: error.message })}
        </Text>
      ) : isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("helpdesk.orders.loading")}
        </Text>
      ) : (
        <>
          <div className="px-6 pb-1 pt-3">
            <Text size="xsmall" weight="plus" className="text-ui-fg-muted">
              {t("helpdesk.orders.medusaHeading")}
              {medusa && medusa.count > medusaOrders.length
                ? ` · ${t("helpdesk.orders.shownOf", {
                    shown: medusaOrders.length,
                    count: medusa.count,
                  })}`
                : ""}
            </Text>
          </div>
          {medusaOrders.length ? (
            <ul
              className="divide-y"
              aria-label={t("helpdesk.orders.medusaOrders")}
            >
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
              {t("helpdesk.orders.noMedusaOrders", {
                email: ticket.customer_email,
              })}
            </Text>
          )}
          <LinkOrderForm ticketId={ticket.id} />
          <div className="px-6 pb-1 pt-3">
            <Text size="xsmall" weight="plus" className="text-ui-fg-muted">
              {t("helpdesk.orders.baselinkerHeading")}
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
              {baselinkerCappedText(baselinkerOrders.length, t)}
            </Text>
          )}
          {baselinkerOrders.length ? (
            <ul
              className="divide-y"
              aria-label={t("helpdesk.orders.baselinkerOrders")}
            >
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
                {t("helpdesk.orders.noBaselinkerOrders", {
                  email: ticket.customer_email,
                })}
              </Text>
            )
          )}
        </>
      )}
    </Container>
  )
}
