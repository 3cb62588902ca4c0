import type { TicketPriority, TicketStatus } from "../../../types/ticket"

const STATUS_LABELS: Record<TicketStatus, string> = {
  new: "New",
  open: "Open",
  pending: "Pending",
  closed: "Closed",
}

const PRIORITY_LABELS: Record<TicketPriority, string> = {
  low: "Low",
  normal: "Normal",
  high: "High",
  urgent: "Urgent",
}

/** "A", "A and B", "A, B and C" */
export function listNames(names: string[]): string {
  if (names.length <= 1) {
    return names.join("")
  }
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
}

const quoted = (names: string[]) => listNames(names.map((n) => `"${n}"`))

/**
 * The internal transcript lines an agent's change writes, one per kind of change, in English
 * (agents share one language; the shopper never sees these).
 */
export const systemLines = {
  status: (actor: string, status: TicketStatus) =>
    `${actor} set status to ${STATUS_LABELS[status]}`,
  priority: (actor: string, priority: TicketPriority) =>
    `${actor} set priority to ${PRIORITY_LABELS[priority]}`,
  assignee: (actor: string, assignee: string | null) =>
    assignee
      ? `${actor} assigned the ticket to ${assignee}`
      : `${actor} unassigned the ticket`,
  team: (actor: string, team: string | null, previous: string | null) =>
    team
      ? `${actor} moved the ticket to team "${team}"`
      : `${actor} removed the ticket from team "${previous ?? ""}"`,
  inbox: (actor: string, inbox: string) =>
    `${actor} moved the ticket to inbox "${inbox}"`,
  tags: (actor: string, added: string[], removed: string[]) => {
    const parts: string[] = []
    if (added.length) {
      parts.push(`added ${added.length > 1 ? "tags" : "tag"} ${quoted(added)}`)
    }
    if (removed.length) {
      parts.push(
        `removed ${removed.length > 1 ? "tags" : "tag"} ${quoted(removed)}`
      )
    }
    return `${actor} ${parts.join(" and ")}`
  },
  followers: (actor: string, added: string[], removed: string[]) => {
    const parts: string[] = []
    if (added.length) {
      parts.push(
        `added ${listNames(added)} as ${added.length > 1 ? "followers" : "a follower"}`
      )
    }
    if (removed.length) {
      parts.push(`removed ${listNames(removed)} from the followers`)
    }
    return `${actor} ${parts.join(" and ")}`
  },
  sentiment: (actor: string, sentiment: string | null) =>
    sentiment
      ? `${actor} set sentiment to ${sentiment}`
      : `${actor} let the classifier set the sentiment`,
  context: (actor: string, context: string | null) =>
    context
      ? `${actor} set context to ${context.replace(/_/g, " ")}`
      : `${actor} let the classifier set the context`,
  closed: (actor: string) => `${actor} closed the ticket`,
  skipAutoresponder: (actor: string, skip: boolean) =>
    skip
      ? `${actor} turned off the autoresponse to the next message`
      : `${actor} turned the autoresponder back on`,
  contactAdded: (actor: string, email: string) =>
    `${actor} added ${email} to contacts`,
  baselinkerStatus: (order: string, from: string, to: string) =>
    `BaseLinker order ${order}: ${from} → ${to}`,
}

/** The line the shopper sees when the conversation is closed, in the ticket's language. */
const CLOSED_FOR_SHOPPER: Record<string, string> = {
  en: "The conversation was closed",
  pl: "Rozmowa została zakończona",
}

export const closedForShopper = (locale: string | null | undefined) =>
  CLOSED_FOR_SHOPPER[locale ?? "en"] ?? CLOSED_FOR_SHOPPER.en

/** Words of the lines an automation rule writes, in the ticket's language. */
const RULE_WORDS: Record<
  string,
  {
    rule: string
    status: string
    priority: string
    assignee: string
    team: string
    tags: string
    none: string
  }
> = {
  en: {
    rule: "Rule",
    status: "status",
    priority: "priority",
    assignee: "assignee",
    team: "team",
    tags: "tags",
    none: "nobody",
  },
  pl: {
    rule: "Reguła",
    status: "status",
    priority: "priorytet",
    assignee: "przypisano",
    team: "zespół",
    tags: "tagi",
    none: "nikt",
  },
}

/**
 * The internal lines an automation rule writes, one per applied action, in the ticket's
 * locale: "Rule 'Negative on the PL shop': priority → urgent".
 */
export function automationLines(
  ruleName: string,
  locale: string | null | undefined
) {
  const words = RULE_WORDS[locale ?? "en"] ?? RULE_WORDS.en
  const prefix = `${words.rule} '${ruleName}':`
  return {
    change: (
      kind: "status" | "priority" | "assignee" | "team",
      value: string | null
    ) => `${prefix} ${words[kind]} → ${value ?? words.none}`,
    tags: (added: string[], removed: string[]) =>
      `${prefix} ${words.tags} ${[
        ...added.map((n) => `+ "${n}"`),
        ...removed.map((n) => `− "${n}"`),
      ].join(", ")}`,
    /** a line for any other action, e.g. "autoresponse sent" */
    say: (text: string) => `${prefix} ${text}`,
  }
}
