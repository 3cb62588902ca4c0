import {
  Badge,
  Container,
  Copy,
  Heading,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { ReactNode, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useInboxes } from "../../hooks/api/inboxes"
import { useTags } from "../../hooks/api/tags"
import { useTeams } from "../../hooks/api/teams"
import { useUpdateTicket } from "../../hooks/api/tickets"
import { userDisplayName } from "../../lib/channel-form"
import {
  AdminTicket,
  AdminUpdateTicket,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../lib/ticket-types"
import {
  formatDateTime,
  PRIORITY_LABELS,
  STATUS_LABELS,
  TagBadge,
  useAgentDirectory,
  SENTIMENT_NAMES,
  SentimentBadges,
  TOPIC_NAMES,
  topicName,
} from "../inbox/ticket-format"
import {
  SENTIMENT_LABELS,
  TOPIC_IDS,
  type SentimentLabel,
  type TopicId,
} from "../../../types/classification"
import { MultiSelect } from "./multi-select"
import { Bidi } from "../../lib/bidi"
import { languageName } from "../../lib/locale"
import { LOOKUP_QUERY } from "../../lib/lookup"

/** Radix Select has no empty value; this one stands for "nobody" / "none". */
const NONE = "__none"
/** the label is the classifier's: later messages may change it */
const AUTOMATIC = "__automatic"

const Row = ({
  label,
  id,
  children,
}: {
  label: string
  id?: string
  children: ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-[140px_minmax(0,1fr)] items-center gap-x-3 px-6 py-3">
    <Text
      as="div"
      size="small"
      weight="plus"
      leading="compact"
      id={id ? `${id}-label` : undefined}
    >
      {label}
    </Text>
    <div className="min-w-0">{children}</div>
  </div>
)

const Value = ({ children }: { children: ReactNode }) => (
  <Text size="small" leading="compact" className="text-ui-fg-base break-words">
    <Bidi>{children}</Bidi>
  </Text>
)

type Option = { value: string; label: string }

const SidebarSelect = ({
  id,
  value,
  options,
  onChange,
  disabled,
}: {
  id: string
  value: string
  options: Option[]
  onChange: (value: string) => void
  disabled?: boolean
}) => (
  <Select
    size="small"
    value={value}
    onValueChange={onChange}
    disabled={disabled}
  >
    <Select.Trigger id={id} aria-labelledby={`${id}-label`}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** Everything about the ticket an agent edits while answering, as Responso's right column. */
export const TicketSidebar = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const { users, nameOf } = useAgentDirectory()
  const { tags } = useTags(LOOKUP_QUERY)
  const { teams } = useTeams(LOOKUP_QUERY)
  const { inboxes } = useInboxes(LOOKUP_QUERY)
  const { mutateAsync, isPending } = useUpdateTicket(ticket.id)

  const save = async (changes: AdminUpdateTicket) => {
    try {
      await mutateAsync(changes)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : t("helpdesk.sidebar.saveFailed")
      )
    }
  }

  const tagIds = useMemo(() => ticket.tags.map((tag) => tag.id), [ticket.tags])
  const followerIds = useMemo(
    () => ticket.followers.map((f) => f.user_id),
    [ticket.followers]
  )
  const userOptions = useMemo(
    () => users.map((u) => ({ value: u.id, label: userDisplayName(u) })),
    [users]
  )

  const lastAuthor = (() => {
    const last = ticket.last_message
    if (!last) {
      return null
    }
    if (last.author_type === "customer") {
      return ticket.customer_name || ticket.customer_email
    }
    if (last.author_type === "agent") {
      return nameOf(last.author_id)
    }
    return last.author_type === "automation"
      ? t("helpdesk.sidebar.automation")
      : t("helpdesk.sidebar.system")
  })()

  // a tag or inbox the list does not hold (e.g. beyond the first page) still shows by name
  const inboxOptions: Option[] = [
    ...(inboxes ?? []).map((i) => ({ value: i.id, label: i.name })),
    ...(ticket.inbox && !(inboxes ?? []).some((i) => i.id === ticket.inbox?.id)
      ? [{ value: ticket.inbox.id, label: ticket.inbox.name }]
      : []),
  ]
  const teamOptions: Option[] = [
    { value: NONE, label: t("helpdesk.sidebar.noTeam") },
    ...(teams ?? []).map((team) => ({ value: team.id, label: team.name })),
    ...(ticket.team &&
    !(teams ?? []).some((team) => team.id === ticket.team?.id)
      ? [{ value: ticket.team.id, label: ticket.team.name }]
      : []),
  ]

  return (
    <Container
      role="region"
      className="divide-y p-0"
      aria-label={t("helpdesk.sidebar.label")}
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("helpdesk.sidebar.title")}</Heading>
        {ticket.skip_next_autoresponder && (
          <Badge size="2xsmall" color="orange">
            {t("helpdesk.ticketActions.skip")}
          </Badge>
        )}
      </div>
      <Row label={t("helpdesk.sidebar.ticket")}>
        <div className="flex items-center gap-x-1">
          <Value>#{ticket.number}</Value>
          <Text size="xsmall" className="text-ui-fg-muted truncate">
            {ticket.id}
          </Text>
          <Copy content={ticket.id} className="text-ui-fg-muted" />
        </div>
      </Row>
      <Row label={t("helpdesk.sidebar.created")}>
        <Value>{formatDateTime(ticket.created_at)}</Value>
      </Row>
      <Row label={t("helpdesk.sidebar.lastMessage")}>
        <Value>
          {ticket.last_message ? (
            <>
              {formatDateTime(ticket.last_message.created_at)}
              <span className="text-ui-fg-subtle">
                {" "}
                {t("helpdesk.sidebar.by")} <Bidi>{lastAuthor}</Bidi>
              </span>
            </>
          ) : (
            "—"
          )}
        </Value>
      </Row>
      <Row label={t("helpdesk.sidebar.status")} id="ticket-status">
        <SidebarSelect
          id="ticket-status"
          value={ticket.status}
          disabled={isPending}
          options={TICKET_STATUSES.map((s) => ({
            value: s,
            label: t(STATUS_LABELS[s]),
          }))}
          onChange={(status) =>
            void save({ status: status as AdminTicket["status"] })
          }
        />
      </Row>
      <Row label={t("helpdesk.sidebar.priority")} id="ticket-priority">
        <SidebarSelect
          id="ticket-priority"
          value={ticket.priority}
          disabled={isPending}
          options={TICKET_PRIORITIES.map((p) => ({
            value: p,
            label: t(PRIORITY_LABELS[p]),
          }))}
          onChange={(priority) =>
            void save({ priority: priority as AdminTicket["priority"] })
          }
        />
      </Row>
      <Row label={t("helpdesk.sidebar.sentiment")} id="ticket-sentiment">
        <div className="flex flex-col gap-y-1">
          <SidebarSelect
            id="ticket-sentiment"
            value={
              ticket.sentiment_set_by
                ? (ticket.sentiment ?? AUTOMATIC)
                : AUTOMATIC
            }
            disabled={isPending}
            options={[
              {
                value: AUTOMATIC,
                label: t("helpdesk.sidebar.automatic", {
                  value: ticket.sentiment
                    ? ticket.sentiment in SENTIMENT_NAMES
                      ? t(SENTIMENT_NAMES[ticket.sentiment as SentimentLabel])
                      : ticket.sentiment
                    : t("helpdesk.sidebar.notLabelled"),
                }),
              },
              ...SENTIMENT_LABELS.map((s) => ({
                value: s,
                label: t(SENTIMENT_NAMES[s]),
              })),
            ]}
            onChange={(value) =>
              void save({
                sentiment:
                  value === AUTOMATIC ? null : (value as SentimentLabel),
              })
            }
          />
          {(ticket.sentiment || ticket.sentiment_flags?.length) && (
            <SentimentBadges
              sentiment={ticket.sentiment}
              flags={ticket.sentiment_flags}
            />
          )}
        </div>
      </Row>
      <Row label={t("helpdesk.sidebar.context")} id="ticket-context">
        <SidebarSelect
          id="ticket-context"
          value={
            ticket.context_set_by ? (ticket.context ?? AUTOMATIC) : AUTOMATIC
          }
          disabled={isPending}
          options={[
            {
              value: AUTOMATIC,
              label: t("helpdesk.sidebar.automatic", {
                value:
                  topicName(ticket.context, t) ??
                  t("helpdesk.sidebar.notLabelled"),
              }),
            },
            ...TOPIC_IDS.map((topic) => ({
              value: topic,
              label: t(TOPIC_NAMES[topic]),
            })),
          ]}
          onChange={(value) =>
            void save({
              context: value === AUTOMATIC ? null : (value as TopicId),
            })
          }
        />
      </Row>
      <Row label={t("helpdesk.sidebar.sellerLogin")}>
        <Value>{ticket.seller_login || ticket.channel?.name || "—"}</Value>
      </Row>
      <Row label={t("helpdesk.sidebar.inbox")} id="ticket-inbox">
        {inboxOptions.length > 0 ? (
          <SidebarSelect
            id="ticket-inbox"
            value={ticket.inbox_id ?? ""}
            disabled={isPending}
            options={inboxOptions}
            onChange={(inbox_id) => void save({ inbox_id })}
          />
        ) : (
          <Value>—</Value>
        )}
      </Row>
      <Row label={t("helpdesk.sidebar.tags")}>
        <MultiSelect
          label={t("helpdesk.sidebar.tagsLower")}
          emptyText={t("helpdesk.sidebar.noTags")}
          value={tagIds}
          options={(tags ?? []).map((tag) => ({
            value: tag.id,
            label: tag.name,
            color: tag.color,
          }))}
          onChange={(tag_ids) => void save({ tag_ids })}
        >
          {ticket.tags.map((tag) => (
            <TagBadge key={tag.id} tag={tag} />
          ))}
        </MultiSelect>
      </Row>
      <Row label={t("helpdesk.sidebar.assignee")} id="ticket-assignee">
        <SidebarSelect
          id="ticket-assignee"
          value={ticket.assignee_id ?? NONE}
          disabled={isPending}
          options={[
            { value: NONE, label: t("helpdesk.views.unassigned") },
            ...userOptions,
            ...(ticket.assignee_id &&
            !userOptions.some((u) => u.value === ticket.assignee_id)
              ? [
                  {
                    value: ticket.assignee_id,
                    label: t("helpdesk.common.unknownUser"),
                  },
                ]
              : []),
          ]}
          onChange={(value) =>
            void save({ assignee_id: value === NONE ? null : value })
          }
        />
      </Row>
      <Row label={t("helpdesk.sidebar.team")} id="ticket-team">
        <SidebarSelect
          id="ticket-team"
          value={ticket.team_id ?? NONE}
          disabled={isPending}
          options={teamOptions}
          onChange={(value) =>
            void save({ team_id: value === NONE ? null : value })
          }
        />
      </Row>
      <Row label={t("helpdesk.sidebar.followers")}>
        <MultiSelect
          label={t("helpdesk.sidebar.followersLower")}
          emptyText={t("helpdesk.sidebar.noFollowers")}
          value={followerIds}
          options={userOptions}
          onChange={(follower_ids) => void save({ follower_ids })}
        >
          {ticket.followers.map((follower) => (
            <Badge key={follower.id} size="2xsmall">
              {nameOf(follower.user_id)}
            </Badge>
          ))}
        </MultiSelect>
      </Row>
    </Container>
  )
}

/** Who the customer is and where they wrote from. */
export const CustomerSection = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  return (
    <Container
      role="region"
      className="divide-y p-0"
      aria-label={t("helpdesk.customer.title")}
    >
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.customer.title")}</Heading>
      </div>
      <Row label={t("helpdesk.customer.name")}>
        <Value>{ticket.customer_name || "—"}</Value>
      </Row>
      <Row label={t("helpdesk.customer.email")}>
        <div className="flex items-center gap-x-1">
          <Value>{ticket.customer_email}</Value>
          <Copy content={ticket.customer_email} className="text-ui-fg-muted" />
        </div>
      </Row>
      <Row label={t("helpdesk.customer.channel")}>
        <Value>{ticket.channel?.name ?? "—"}</Value>
      </Row>
      {ticket.page_url && (
        <Row label={t("helpdesk.customer.page")}>
          <Value>
            <span className="block truncate" title={ticket.page_url}>
              {ticket.page_url}
            </span>
          </Value>
        </Row>
      )}
      {ticket.locale && (
        <Row label={t("helpdesk.customer.language")}>
          <Value>{languageName(ticket.locale)}</Value>
        </Row>
      )}
    </Container>
  )
}
