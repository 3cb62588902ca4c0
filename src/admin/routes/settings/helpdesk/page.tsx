import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight, TriangleRightMini } from "@medusajs/icons"
import { Container, Heading, IconBadge, Text } from "@medusajs/ui"
import { ComponentType, ReactNode } from "react"
import { Link } from "react-router-dom"
import { useChannels } from "../../../hooks/api/channels"

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

const SECTIONS: HelpdeskSection[] = [
  {
    to: "channels",
    title: "Chat channels",
    description:
      "The chat on each of your stores: its look, opening hours, who answers, and the code to paste into the store.",
    icon: ChatBubbleLeftRight,
    useSummary: useChannelSummary,
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
