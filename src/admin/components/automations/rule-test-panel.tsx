import { CheckCircleSolid, XCircleSolid } from "@medusajs/icons"
import { Badge, Button, Input, Label, Text } from "@medusajs/ui"
import { KeyboardEvent, useState } from "react"
import { useTestAutomationRule } from "../../hooks/api/automation-rules"
import {
  ACTION_LABELS,
  AdminAutomationRuleTestResponse,
  fieldDefinition,
  OPERATOR_LABELS,
  RuleActionType,
  RuleOperator,
} from "../../lib/automation-types"
import { sdk } from "../../lib/sdk"
import { translate } from "../../lib/locale"
import type {
  AdminTicketListParams,
  AdminTicketListResponse,
  AdminTicketRow,
} from "../../lib/ticket-types"
import { FormSection } from "../form-field"
import { RuleLookupsProvider, useFieldOptions } from "./rule-inputs"

const TICKET_ID = /^hdt_\w+$/i
const TICKET_NUMBER = /^#?(\d+)$/
// The newest tickets are searched for a number: the list takes no number filter.
const NEWEST = 100

const listTickets = (query: AdminTicketListParams) =>
  sdk.client.fetch<AdminTicketListResponse>("/admin/helpdesk/tickets", {
    query: { view: "all", ...query },
  })

type Found =
  | { ticket: Pick<AdminTicketRow, "id" | "number" | "subject"> }
  | { choices: AdminTicketRow[] }
  | { problem: string }

/** A ticket by its id, its number (among the newest) or words of its subject, customer or messages. */
const findTicket = async (text: string): Promise<Found> => {
  if (TICKET_ID.test(text)) {
    return { ticket: { id: text, number: 0, subject: "" } }
  }
  const number = TICKET_NUMBER.exec(text)
  if (number) {
    const { tickets } = await listTickets({
      order: "-number",
      limit: NEWEST,
      offset: 0,
    })
    const ticket = tickets.find((t) => t.number === Number(number[1]))
    return ticket
      ? { ticket }
      : {
          problem: `Ticket #${number[1]} is not among the ${NEWEST} newest tickets. Paste its id (it is in the ticket's Details) or search by the customer's e-mail.`,
        }
  }
  const { tickets } = await listTickets({ q: text, limit: 5, offset: 0 })
  if (tickets.length === 1) {
    return { ticket: tickets[0] }
  }
  return tickets.length
    ? { choices: tickets }
    : { problem: `No ticket matches "${text}".` }
}

type Condition = AdminAutomationRuleTestResponse["conditions"][number]

const useValueFormatter = (field: string) => {
  const options = useFieldOptions(field)
  const one = (value: unknown): string => {
    if (value === null || value === undefined || value === "") {
      return "nothing"
    }
    if (typeof value === "boolean") {
      return value ? "Yes" : "No"
    }
    const text =
      typeof value === "object" ? JSON.stringify(value) : String(value)
    return options?.find((o) => o.value === text)?.label ?? text
  }
  return (value: unknown) =>
    Array.isArray(value)
      ? value.length
        ? value.map(one).join(", ")
        : "nothing"
      : one(value)
}

const ConditionResult = ({ condition }: { condition: Condition }) => {
  const format = useValueFormatter(condition.field)
  const operator =
    OPERATOR_LABELS[condition.operator as RuleOperator] ?? condition.operator
  return (
    <li className="flex items-start gap-x-2" data-matched={condition.matched}>
      {condition.matched ? (
        <CheckCircleSolid className="text-ui-tag-green-icon mt-0.5 shrink-0" />
      ) : (
        <XCircleSolid className="text-ui-tag-red-icon mt-0.5 shrink-0" />
      )}
      <Text size="small">
        <span className="font-medium">
          {fieldDefinition(condition.field).label} {operator}{" "}
          {format(condition.value)}
        </span>
        <span className="text-ui-fg-subtle">
          {condition.matched ? " — matches" : " — fails"}: the ticket has{" "}
          {format(condition.actual)}
        </span>
      </Text>
    </li>
  )
}

const TestResult = ({
  ticket,
  result,
}: {
  ticket: Pick<AdminTicketRow, "id" | "number">
  result: AdminAutomationRuleTestResponse
}) => (
  <div
    className="flex flex-col gap-y-3 rounded-lg border px-4 py-3"
    role="status"
    aria-label="Test result"
  >
    <div className="flex items-center gap-x-2">
      <Badge size="2xsmall" color={result.matched ? "green" : "red"}>
        {result.matched ? "Matches" : "Does not match"}
      </Badge>
      <Text size="small" className="text-ui-fg-subtle">
        {ticket.number ? `Ticket #${ticket.number}` : ticket.id}
      </Text>
    </div>
    {result.conditions.length > 0 ? (
      <ul className="flex flex-col gap-y-1.5">
        {result.conditions.map((condition, index) => (
          <ConditionResult key={index} condition={condition} />
        ))}
      </ul>
    ) : (
      <Text size="small" className="text-ui-fg-subtle">
        The rule has no conditions: it runs on every ticket.
      </Text>
    )}
    {result.matched && result.actions.length > 0 && (
      <Text size="small" className="text-ui-fg-subtle">
        It would:{" "}
        {result.actions
          .map((a) =>
            a.type in ACTION_LABELS
              ? translate(ACTION_LABELS[a.type as RuleActionType])
              : a.type
          )
          .join(", ")}
        .
      </Text>
    )}
  </div>
)

/**
 * "Test on ticket #…": evaluates the saved rule against a ticket, without changing anything,
 * and shows each condition with the ticket's own value.
 */
export const RuleTestPanel = ({ ruleId }: { ruleId: string }) => {
  const [text, setText] = useState("")
  const [found, setFound] = useState<Found | null>(null)
  const [tested, setTested] = useState<{
    ticket: Pick<AdminTicketRow, "id" | "number">
    result: AdminAutomationRuleTestResponse
  } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [searching, setSearching] = useState(false)
  const { mutateAsync, isPending } = useTestAutomationRule(ruleId)

  const test = async (ticket: Pick<AdminTicketRow, "id" | "number">) => {
    setFound(null)
    try {
      const result = await mutateAsync(ticket.id)
      setTested({ ticket, result })
    } catch (e) {
      setProblem(
        e instanceof Error ? e.message : "The rule could not be tested."
      )
    }
  }

  const run = async () => {
    const query = text.trim()
    setProblem(null)
    setTested(null)
    if (!query) {
      setProblem("Write a ticket number, id, or the customer's e-mail.")
      return
    }
    setSearching(true)
    try {
      const next = await findTicket(query)
      if ("ticket" in next) {
        await test(next.ticket)
      } else if ("problem" in next) {
        setProblem(next.problem)
      } else {
        setFound(next)
      }
    } catch (e) {
      setProblem(
        e instanceof Error ? e.message : "Tickets could not be searched."
      )
    } finally {
      setSearching(false)
    }
  }

  // The panel sits inside the rule's form: Enter tests, it does not save.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault()
      void run()
    }
  }

  return (
    <RuleLookupsProvider>
      <FormSection
        title="Test on ticket"
        description="Checks the saved rule against a ticket without changing anything. Save your edits first to test them."
      >
        <div className="flex items-end gap-x-2">
          <div className="flex flex-1 flex-col gap-y-2">
            <Label htmlFor="rule-test-ticket" size="small" weight="plus">
              Ticket
            </Label>
            <Input
              id="rule-test-ticket"
              placeholder="#1042, hdt_…, or the customer's e-mail"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
            />
          </div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            isLoading={searching || isPending}
            onClick={() => void run()}
          >
            Test
          </Button>
        </div>
        {problem && (
          <Text size="small" role="alert" className="text-ui-fg-error">
            {problem}
          </Text>
        )}
        {found && "choices" in found && (
          <div className="flex flex-col gap-y-1">
            <Text size="small" className="text-ui-fg-subtle">
              Several tickets match; choose one:
            </Text>
            {found.choices.map((ticket) => (
              <Button
                key={ticket.id}
                type="button"
                size="small"
                variant="transparent"
                className="justify-start"
                onClick={() => void test(ticket)}
              >
                #{ticket.number} {ticket.subject} — {ticket.customer_email}
              </Button>
            ))}
          </div>
        )}
        {tested && <TestResult ticket={tested.ticket} result={tested.result} />}
      </FormSection>
    </RuleLookupsProvider>
  )
}
