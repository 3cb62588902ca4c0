import { ChatBubbleLeftRight } from "@medusajs/icons"
import { clx, Skeleton, Table, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import type { AdminTicketRow } from "../../lib/ticket-types"
import {
  TagBadge,
  SentimentBadges,
  TicketPriorityBadge,
  TicketStatusBadge,
  TimeAgo,
  useAgentDirectory,
} from "./ticket-format"
import { Bidi } from "../../lib/bidi"

type TicketTableProps = {
  tickets: AdminTicketRow[] | undefined
  isLoading: boolean
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
  /** Shown instead of rows when there are none. */
  empty: ReactNode
}

const HEADERS = [
  "helpdesk.ticketTable.number",
  "helpdesk.ticketTable.subject",
  "helpdesk.ticketTable.customer",
  "helpdesk.ticketTable.status",
  "helpdesk.ticketTable.priority",
  "helpdesk.ticketTable.assignee",
  "helpdesk.ticketTable.tags",
  "helpdesk.ticketTable.lastMessage",
]

const MAX_TAGS_SHOWN = 2

const TagsCell = ({ tags }: { tags: AdminTicketRow["tags"] }) => {
  if (!tags?.length) {
    return <span className="text-ui-fg-muted">—</span>
  }
  const shown = tags.slice(0, MAX_TAGS_SHOWN)
  const more = tags.length - shown.length
  return (
    <div className="flex items-center gap-1">
      {shown.map((tag) => (
        <TagBadge key={tag.id} tag={tag} />
      ))}
      {more > 0 && (
        <Text
          size="xsmall"
          className="text-ui-fg-muted"
          title={tags
            .slice(MAX_TAGS_SHOWN)
            .map((t) => t.name)
            .join(", ")}
        >
          +{more}
        </Text>
      )}
    </div>
  )
}

/** The inbox list; a ticket the customer is waiting on is bold with a dot. */
export const TicketTable = ({
  tickets,
  isLoading,
  count,
  pageIndex,
  pageSize,
  onPageChange,
  empty,
}: TicketTableProps) => {
  const navigate = useNavigate()
  const { nameOf } = useAgentDirectory()
  const { t } = useTranslation()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))

  const open = (ticket: AdminTicketRow) => {
    void navigate(`/helpdesk/tickets/${ticket.id}`)
  }

  if (!isLoading && tickets && tickets.length === 0) {
    return (
      <div className="flex flex-col items-center gap-y-3 px-6 py-16 text-center">
        <ChatBubbleLeftRight className="text-ui-fg-subtle" />
        {empty}
      </div>
    )
  }

  return (
    <div className="flex flex-col">
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              {HEADERS.map((header) => (
                <Table.HeaderCell key={header} className="whitespace-nowrap">
                  {t(header)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && !tickets
              ? Array.from({ length: 5 }, (_, i) => (
                  <Table.Row key={i}>
                    {HEADERS.map((header) => (
                      <Table.Cell key={header}>
                        <Skeleton className="h-4 w-full max-w-[120px]" />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))
              : (tickets ?? []).map((ticket) => {
                  const assignee = nameOf(ticket.assignee_id)
                  return (
                    <Table.Row
                      key={ticket.id}
                      data-ticket-id={ticket.id}
                      data-unread={ticket.unread ? "true" : undefined}
                      // the subject is the keyboard's way in; the whole row is the mouse's
                      onClick={() => open(ticket)}
                      className={clx(
                        "cursor-pointer [&_td]:py-2",
                        ticket.unread && "font-medium"
                      )}
                    >
                      <Table.Cell className="text-ui-fg-subtle whitespace-nowrap">
                        #{ticket.number}
                      </Table.Cell>
                      <Table.Cell className="max-w-[320px]">
                        <div className="flex items-center gap-x-2">
                          {ticket.unread ? (
                            <span
                              className="bg-ui-fg-interactive size-2 shrink-0 rounded-full"
                              role="img"
                              aria-label={t(
                                "helpdesk.ticketTable.awaitingReply"
                              )}
                            />
                          ) : (
                            <span className="size-2 shrink-0" />
                          )}
                          <Link
                            to={`/helpdesk/tickets/${ticket.id}`}
                            onClick={(event) => event.stopPropagation()}
                            className={clx(
                              "truncate outline-none hover:underline focus-visible:underline",
                              ticket.unread
                                ? "text-ui-fg-base font-semibold"
                                : "text-ui-fg-base"
                            )}
                          >
                            <Bidi>{ticket.subject}</Bidi>
                          </Link>
                        </div>
                      </Table.Cell>
                      <Table.Cell className="max-w-[240px]">
                        <div className="flex min-w-0 flex-col">
                          <span className="truncate">
                            <Bidi>
                              {ticket.customer_name || ticket.customer_email}
                            </Bidi>
                          </span>
                          {ticket.customer_name && (
                            <span className="text-ui-fg-subtle txt-compact-xsmall truncate font-normal">
                              <Bidi>{ticket.customer_email}</Bidi>
                            </span>
                          )}
                        </div>
                      </Table.Cell>
                      <Table.Cell>
                        <TicketStatusBadge status={ticket.status} />
                      </Table.Cell>
                      <Table.Cell>
                        <span className="inline-flex flex-wrap items-center gap-1">
                          <TicketPriorityBadge priority={ticket.priority} />
                          {ticket.sentiment === "negative" ||
                          ticket.sentiment_flags?.length ? (
                            <SentimentBadges
                              sentiment={ticket.sentiment}
                              flags={ticket.sentiment_flags}
                            />
                          ) : null}
                        </span>
                      </Table.Cell>
                      <Table.Cell className="max-w-[160px] truncate">
                        {assignee ?? (
                          <span className="text-ui-fg-muted font-normal">
                            {t("helpdesk.views.unassigned")}
                          </span>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        <TagsCell tags={ticket.tags} />
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">
                        <TimeAgo value={ticket.last_message_at} />
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
          </Table.Body>
        </Table>
      </div>
      <Table.Pagination
        count={count}
        pageSize={pageSize}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex < pageCount - 1}
        previousPage={() => onPageChange(pageIndex - 1)}
        nextPage={() => onPageChange(pageIndex + 1)}
        translations={{
          of: t("helpdesk.pagination.of"),
          results: t("helpdesk.pagination.results"),
          pages: t("helpdesk.pagination.pages"),
          prev: t("helpdesk.pagination.prev"),
          next: t("helpdesk.pagination.next"),
        }}
      />
    </div>
  )
}
