import { ListCheckbox, SquaresPlus } from "@medusajs/icons"
import { Badge, clx, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import {
  TICKET_VIEWS,
  TicketView,
  TicketViewCounts,
} from "../../lib/ticket-types"
import { formatNumber } from "../../lib/locale"
import { VIEW_LABELS } from "./ticket-format"

type InboxViewNavProps = {
  active: TicketView
  counts: TicketViewCounts | undefined
  onSelect: (view: TicketView) => void
}

/** The saved views with how many tickets each holds, as Responso and Chatwoot show them. */
export const InboxViewNav = ({
  active,
  counts,
  onSelect,
}: InboxViewNavProps) => {
  const { t } = useTranslation()
  return (
    <Container className="flex flex-col gap-y-1 p-2">
      <nav
        aria-label={t("helpdesk.inbox.viewsLabel")}
        className="flex flex-col gap-y-0.5"
      >
        {TICKET_VIEWS.map((view) => {
          const selected = view === active
          const count = counts?.[view]
          return (
            <button
              key={view}
              type="button"
              data-view={view}
              aria-current={selected ? "page" : undefined}
              onClick={() => onSelect(view)}
              className={clx(
                "txt-compact-small flex items-center justify-between gap-x-2 rounded-md px-2 py-1.5 text-left outline-none transition-colors",
                "hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus",
                selected
                  ? "bg-ui-bg-base-pressed text-ui-fg-base font-medium"
                  : "text-ui-fg-subtle"
              )}
            >
              <span className="truncate">{t(VIEW_LABELS[view])}</span>
              {count !== undefined && (
                <Badge
                  size="2xsmall"
                  color={view === "to_handle" && count > 0 ? "orange" : "grey"}
                  aria-label={t("helpdesk.inbox.ticketCount", { count })}
                >
                  {formatNumber(count)}
                </Badge>
              )}
            </button>
          )
        })}
      </nav>
      <div className="border-ui-border-base my-1 border-t" />
      <Link
        to="/helpdesk/projects"
        className="txt-compact-small text-ui-fg-subtle hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus flex items-center gap-x-2 rounded-md px-2 py-1.5 outline-none"
      >
        <ListCheckbox />
        {t("helpdesk.inbox.projectsLink")}
      </Link>
      <Link
        to="/settings/helpdesk"
        className="txt-compact-small text-ui-fg-subtle hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus flex items-center gap-x-2 rounded-md px-2 py-1.5 outline-none"
      >
        <SquaresPlus />
        {t("helpdesk.inbox.settingsLink")}
      </Link>
      <Text size="xsmall" className="text-ui-fg-muted px-2 pt-1">
        {t("helpdesk.inbox.countsNote")}
      </Text>
    </Container>
  )
}
