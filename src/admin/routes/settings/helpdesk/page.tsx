import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  ArrowPath,
  Bolt,
  ChatBubbleLeftRight,
  InboxSolid,
  Tag,
  TriangleRightMini,
  UserGroup,
  Users,
} from "@medusajs/icons"
import { Container, Heading, IconBadge, Text } from "@medusajs/ui"
import { ComponentType, ReactNode } from "react"
import { Link } from "react-router-dom"
import { useAutomationRules } from "../../../hooks/api/automation-rules"
import { useBaselinkerStatus } from "../../../hooks/api/baselinker"
import { useChannels } from "../../../hooks/api/channels"
import { useContacts } from "../../../hooks/api/contacts"
import { useInboxes } from "../../../hooks/api/inboxes"
import { useTags } from "../../../hooks/api/tags"
import { useTeams } from "../../../hooks/api/teams"
import { LOOKUP_QUERY } from "../../../lib/lookup"
import { useTranslation } from "react-i18next"
import { translate } from "../../../lib/locale"

type HelpdeskSection = {
  to: string
  title: string
  description: string
  icon: ComponentType
  /** A short figure shown on the right, e.g. how many there are. */
  useSummary: () => ReactNode
}

const useChannelSummary = () => {
  const { count } = useChannels({ limit: 1, offset: 0 })
  if (count === undefined) {
    return null
  }
  return translate("helpdesk.settings.channelCount", { count })
}

const countLabel = (count: number | undefined, key: string) =>
  count === undefined ? null : translate(key, { count })

// Only the count is needed: one row and its id keep the request light.
const COUNT_QUERY = { limit: 1, offset: 0, fields: "id" }

const useInboxSummary = () =>
  countLabel(useInboxes(COUNT_QUERY).count, "helpdesk.settings.inboxCount")
const useTeamSummary = () =>
  countLabel(useTeams(COUNT_QUERY).count, "helpdesk.settings.teamCount")
const useTagSummary = () =>
  countLabel(useTags(COUNT_QUERY).count, "helpdesk.settings.tagCount")
const useAutomationSummary = () => {
  // every rule (the list's largest page) to count the enabled ones
  const { automation_rules, count } = useAutomationRules(LOOKUP_QUERY)
  const label = countLabel(count, "helpdesk.settings.ruleCount")
  if (!label || !automation_rules) {
    return label
  }
  const enabled = automation_rules.filter((rule) => rule.enabled).length
  return count
    ? translate("helpdesk.settings.rulesEnabled", { label, count: enabled })
    : label
}
const useContactSummary = () => {
  const all = useContacts(COUNT_QUERY).count
  const blocked = useContacts({ ...COUNT_QUERY, blocked: true }).count
  const label = countLabel(all, "helpdesk.settings.contactCount")
  return label && blocked
    ? translate("helpdesk.settings.contactsBlocked", { label, count: blocked })
    : label
}

const useBaselinkerSummary = () => {
  const { t } = useTranslation()
  const { baselinker } = useBaselinkerStatus({ refetchInterval: false })
  if (!baselinker) {
    return null
  }
  return baselinker.configured
    ? t("helpdesk.settings.connected")
    : t("helpdesk.settings.notConnected")
}

const SECTIONS: HelpdeskSection[] = [
  {
    to: "channels",
    title: "helpdesk.settings.chatChannels",
    description: "helpdesk.settings.theChatOnEach",
    icon: ChatBubbleLeftRight,
    useSummary: useChannelSummary,
  },
  {
    to: "inboxes",
    title: "helpdesk.settings.inboxes",
    description: "helpdesk.settings.queuesTicketsSitIn",
    icon: InboxSolid,
    useSummary: useInboxSummary,
  },
  {
    to: "teams",
    title: "helpdesk.settings.teams",
    description: "helpdesk.settings.groupsOfUsersThat",
    icon: UserGroup,
    useSummary: useTeamSummary,
  },
  {
    to: "tags",
    title: "helpdesk.settings.tags",
    description: "helpdesk.settings.colouredLabelsAgentsPut",
    icon: Tag,
    useSummary: useTagSummary,
  },
  {
    to: "automations",
    title: "helpdesk.settings.automations",
    description: "helpdesk.settings.rulesThatAnswerPrioritise",
    icon: Bolt,
    useSummary: useAutomationSummary,
  },
  {
    to: "contacts",
    title: "helpdesk.settings.contacts",
    description: "helpdesk.settings.peopleWhoWriteTo",
    icon: Users,
    useSummary: useContactSummary,
  },
  {
    to: "baselinker",
    title: "helpdesk.settings.baselinker",
    description: "helpdesk.settings.ordersFromBaselinkerBeside",
    icon: ArrowPath,
    useSummary: useBaselinkerSummary,
  },
]

const SectionRow = ({ section }: { section: HelpdeskSection }) => {
  const summary = section.useSummary()
  const Icon = section.icon

  return (
    <Link
      to={section.to}
      className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex items-center gap-x-4 px-6 py-4 outline-none transition-colors"
    >
      <IconBadge>
        <Icon />
      </IconBadge>
      <div className="flex min-w-0 flex-1 flex-col">
        <Text size="small" weight="plus" leading="compact">
          {translate(section.title)}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {translate(section.description)}
        </Text>
      </div>
      {summary && (
        <Text size="small" className="text-ui-fg-subtle shrink-0">
          {summary}
        </Text>
      )}
      <TriangleRightMini className="text-ui-fg-muted shrink-0" />
    </Link>
  )
}

const HelpdeskSettingsPage = () => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>{t("helpdesk.settings.helpdesk")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("helpdesk.settings.setUpHowShoppers")}
        </Text>
      </div>
      <nav
        aria-label={t("helpdesk.settings.helpdeskSettings")}
        className="divide-y"
      >
        {SECTIONS.map((section) => (
          <SectionRow key={section.to} section={section} />
        ))}
      </nav>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "helpdesk.settings.helpdesk",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export const handle = {
  breadcrumb: () => translate("helpdesk.settings.helpdesk"),
}

export default HelpdeskSettingsPage
