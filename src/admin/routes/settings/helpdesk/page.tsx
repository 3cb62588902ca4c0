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
  return `${count} ${count === 1 ? "channel" : "channels"}`
}

const countLabel = (
  count: number | undefined,
  singular: string,
  plural: string
) =>
  count === undefined ? null : `${count} ${count === 1 ? singular : plural}`

// Only the count is needed: one row and its id keep the request light.
const COUNT_QUERY = { limit: 1, offset: 0, fields: "id" }

const useInboxSummary = () =>
  countLabel(useInboxes(COUNT_QUERY).count, "inbox", "inboxes")
const useTeamSummary = () =>
  countLabel(useTeams(COUNT_QUERY).count, "team", "teams")
const useTagSummary = () =>
  countLabel(useTags(COUNT_QUERY).count, "tag", "tags")
const useAutomationSummary = () => {
  // every rule (the list's largest page) to count the enabled ones
  const { automation_rules, count } = useAutomationRules(LOOKUP_QUERY)
  const label = countLabel(count, "rule", "rules")
  if (!label || !automation_rules) {
    return label
  }
  const enabled = automation_rules.filter((rule) => rule.enabled).length
  return count ? `${label}, ${enabled} enabled` : label
}
const useContactSummary = () => {
  const all = useContacts(COUNT_QUERY).count
  const blocked = useContacts({ ...COUNT_QUERY, blocked: true }).count
  const label = countLabel(all, "contact", "contacts")
  return label && blocked ? `${label}, ${blocked} blocked` : label
}

const useBaselinkerSummary = () => {
  const { baselinker } = useBaselinkerStatus({ refetchInterval: false })
  if (!baselinker) {
    return null
  }
  return baselinker.configured ? "Connected" : "Not connected"
}

const SECTIONS: HelpdeskSection[] = [
  {
    to: "channels",
    title: "Chat channels",
    description:
      "The chat on each of your stores: its look, opening hours, who answers, and the code to paste into the store.",
    icon: ChatBubbleLeftRight,
    useSummary: useChannelSummary,
  },
  {
    to: "inboxes",
    title: "Inboxes",
    description:
      "Queues tickets sit in. Each chat channel sends its new tickets to one inbox.",
    icon: InboxSolid,
    useSummary: useInboxSummary,
  },
  {
    to: "teams",
    title: "Teams",
    description: "Groups of users that tickets can be given to.",
    icon: UserGroup,
    useSummary: useTeamSummary,
  },
  {
    to: "tags",
    title: "Tags",
    description: "Coloured labels agents put on tickets to sort and find them.",
    icon: Tag,
    useSummary: useTagSummary,
  },
  {
    to: "automations",
    title: "Automations",
    description:
      "Rules that answer, prioritise, tag and route tickets by channel, sentiment and topic.",
    icon: Bolt,
    useSummary: useAutomationSummary,
  },
  {
    to: "contacts",
    title: "Contacts",
    description:
      "People who write to you, with notes for your team, and the addresses you have blocked.",
    icon: Users,
    useSummary: useContactSummary,
  },
  {
    to: "baselinker",
    title: "BaseLinker",
    description:
      "Orders from BaseLinker beside each ticket: whether it is connected, the request budget and recent trouble.",
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
          {section.title}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {section.description}
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
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>Helpdesk</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Set up how shoppers reach you and how your team answers.
        </Text>
      </div>
      <nav aria-label="Helpdesk settings" className="divide-y">
        {SECTIONS.map((section) => (
          <SectionRow key={section.to} section={section} />
        ))}
      </nav>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Helpdesk",
  icon: ChatBubbleLeftRight,
})

export const handle = {
  breadcrumb: () => "Helpdesk",
}

export default HelpdeskSettingsPage
