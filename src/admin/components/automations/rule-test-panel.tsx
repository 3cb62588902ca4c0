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
import { useTranslation } from "react-i18next"

const TICKET_ID = /^hdt_\w+$/i
const TICKET_NUMBER = /^#?(\d+)$/

const listTickets = (query: AdminTicketListParams) =>
  sdk.client.fetch<AdminTicketListResponse>("/admin/helpdesk/tickets", {
    query: { view: "all", ...query },
  })

type Found =
  | { ticket: Pick<AdminTicketRow, "id" | "number" | "subject"> }
  | { choices: AdminTicketRow[] }
  | { problem: string }

/** A ticket by its id, its number or words of its subject, customer or messages. */
const findTicket = async (text: string): Promise<Found> => {
  if (TICKET_ID.test(text)) {
    return { ticket: { id: text, number: 0, subject: "" } }
  }
  const number = TICKET_NUMBER.exec(text)
  if (number) {
    const { tickets } = await listTickets({
      number: number[1],
      limit: 1,
      offset: 0,
    })
    return tickets.length
      ? { ticket: tickets[0] }
      : {
          problem: translate("helpdesk.automations.ticketNumberNotFound", {
            value: number[1],
          }),
        }
  }
  const { tickets } = await listTickets({ q: text, limit: 5, offset: 0 })
  if (tickets.length === 1) {
    return { ticket: tickets[0] }
  }
  return tickets.length
    ? { choices: tickets }
    : { problem: translate("helpdesk.automations.noTicketMatches", { text }) }
}

type Condition = AdminAutomationRuleTestResponse["conditions"][number]

const useValueFormatter = (field: string) => {
  const { t } = useTranslation()
  const options = useFieldOptions(field)
  const one = (value: unknown): string => {
    if (value === null || value === undefined || value === "") {
      return "nothing"
    }
    if (typeof value === "boolean") {
      return value
        ? t("helpdesk.automations.yes")
        : t("helpdesk.automations.no")
    }
    const text =
      typeof value === "object" ? JSON.stringify(value) : String(value)
    return options?.find((o) => o.value === text)?.label ?? text
  }
  return (value: unknown) =>
    Array.isArray(value)
      ? value.length
        ? value.map(one).join(", ")
        : translate("helpdesk.automations.nothing")
      : one(value)
}

const ConditionResult = ({ condition }: { condition: Condition }) => {
  const { t } = useTranslation()
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
          {condition.matched
            ? t("helpdesk.automations.conditionMatches", {
                actual: format(condition.actual),
              })
            : t("helpdesk.automations.conditionFails", {
                actual: format(condition.actual),
              })}
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
}) => {
  const { t } = useTranslation()
  return (
    <div
      className="flex flex-col gap-y-3 rounded-lg border px-4 py-3"
      role="status"
      aria-label={t("helpdesk.automations.testResult")}
    >
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color={result.matched ? "green" : "red"}>
          {result.matched
            ? t("helpdesk.automations.matches")
            : t("helpdesk.automations.doesNotMatch")}
        </Badge>
        <Text size="small" className="text-ui-fg-subtle">
          {ticket.number
            ? t("helpdesk.automations.ticket", { number: ticket.number })
            : ticket.id}
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
          {t("helpdesk.automations.theRuleHasNo")}
        </Text>
      )}
      {result.matched && result.actions.length > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("helpdesk.automations.itWould")}{" "}
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
}

/**
 * "Test on ticket #…": evaluates the saved rule against a ticket, without changing anything,
 * and shows each condition with the ticket's own value.
 */
export const RuleTestPanel = ({ ruleId }: { ruleId: string }) => {
  const { t } = useTranslation()
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
        e instanceof Error
          ? e.message
          : t("helpdesk.automations.theRuleCouldNot2")
      )
    }
  }

  const run = async () => {
    const query = text.trim()
    setProblem(null)
    setTested(null)
    if (!query) {
      setProblem(t("helpdesk.automations.writeATicketNumber"))
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
        e instanceof Error
          ? e.message
          : t("helpdesk.automations.ticketsCouldNotBe")
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
        title={t("helpdesk.automations.testOnTicket")}
        description={t("helpdesk.automations.checksTheSavedRule")}
      >
        <div className="flex items-end gap-x-2">
          <div className="flex flex-1 flex-col gap-y-2">
            <Label htmlFor="rule-test-ticket" size="small" weight="plus">
              {t("helpdesk.automations.ticket2")}
            </Label>
            <Input
              id="rule-test-ticket"
              placeholder={t("helpdesk.automations.1042HdtOrThe")}
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
            {t("helpdesk.automations.test")}
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
              {t("helpdesk.automations.severalTicketsMatchChoose")}
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
