import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { AdminTicketRow } from "../../lib/ticket-types"
import { TicketStatusBadge, TimeAgo } from "./ticket-format"
import { Bidi } from "../../lib/bidi"

type TicketMiniListProps = {
  tickets: AdminTicketRow[]
  isLoading: boolean
  /** The sentence shown when there are none. */
  emptyText: string
  error?: Error | null
}

/** Helpdesk tickets on another Medusa page (an order, a customer). */
export const TicketMiniList = ({
  tickets,
  isLoading,
  emptyText,
  error,
}: TicketMiniListProps) => {
  const { t } = useTranslation()
  return (
    <Container
      role="region"
      aria-label={t("helpdesk.widgets.title")}
      className="divide-y p-0"
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("helpdesk.widgets.title")}</Heading>
        <Link
          to="/helpdesk"
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
        >
          {t("helpdesk.widgets.openInbox")}
        </Link>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("helpdesk.widgets.loadFailed", { error: error.message })}
        </Text>
      ) : isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : tickets.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {emptyText}
        </Text>
      ) : (
        <ul className="divide-y">
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <Link
                to={`/helpdesk/tickets/${ticket.id}`}
                className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex flex-col gap-y-1 px-6 py-3 outline-none transition-colors"
              >
                <div className="flex items-center justify-between gap-x-2">
                  <Text
                    size="small"
                    weight="plus"
                    leading="compact"
                    className="truncate"
                  >
                    #{ticket.number} <Bidi>{ticket.subject}</Bidi>
                  </Text>
                  <div className="flex shrink-0 items-center gap-x-1">
                    {ticket.linked && (
                      <Badge size="2xsmall" color="blue">
                        {t("helpdesk.widgets.linked")}
                      </Badge>
                    )}
                    <TicketStatusBadge status={ticket.status} />
                  </div>
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("helpdesk.widgets.lastMessage")}{" "}
                  <TimeAgo value={ticket.last_message_at} />
                </Text>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
