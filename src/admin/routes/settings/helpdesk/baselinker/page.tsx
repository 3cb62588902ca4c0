import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useBaselinkerStatus } from "../../../../hooks/api/baselinker"
import type { BaselinkerStatusReport } from "../../../../../types/baselinker"
import { Trans, useTranslation } from "react-i18next"
import { adminLanguage, translate } from "../../../../lib/locale"

const dateTime = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString(adminLanguage(), {
        dateStyle: "medium",
        timeStyle: "medium",
      })
    : translate("helpdesk.baselinker.never")

const CIRCUIT: Record<
  BaselinkerStatusReport["circuit"]["state"],
  { label: string; color: "green" | "red" | "orange" }
> = {
  closed: { label: "helpdesk.baselinker.callingNormally", color: "green" },
  open: {
    label: "helpdesk.baselinker.pausedBaselinkerBlockedThe",
    color: "red",
  },
  half_open: {
    label: "helpdesk.baselinker.tryingAgainWithOne",
    color: "orange",
  },
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="text-ui-fg-subtle txt-small">{children}</div>
  </div>
)

const BaselinkerStatus = ({ status }: { status: BaselinkerStatusReport }) => {
  const { t } = useTranslation()
  const circuit = CIRCUIT[status.circuit.state]
  const share = status.budget_per_minute
    ? status.calls_last_minute / status.budget_per_minute
    : 0
  return (
    <>
      <Row label={t("helpdesk.baselinker.callsInTheLast")}>
        <Badge
          size="2xsmall"
          color={share >= 1 ? "red" : share >= 0.8 ? "orange" : "grey"}
        >
          {t("helpdesk.baselinker.callsOf", {
            calls: status.calls_last_minute,
            budget: status.budget_per_minute,
          })}
        </Badge>
      </Row>
      <Row label={t("helpdesk.baselinker.lastSuccessfulCall")}>
        {dateTime(status.last_success_at)}
      </Row>
      <Row label={t("helpdesk.baselinker.calls")}>
        <div className="flex flex-col gap-y-1">
          <Badge size="2xsmall" color={circuit.color} className="w-fit">
            {t(circuit.label)}
          </Badge>
          {status.circuit.retry_at && (
            <span>
              {t("helpdesk.baselinker.callsResumeAt")}{" "}
              {dateTime(status.circuit.retry_at)}
            </span>
          )}
        </div>
      </Row>
      <Row label={t("helpdesk.baselinker.shoppersWithCachedOrders")}>
        {status.cached_emails}
      </Row>
    </>
  )
}

const NotConnected = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small">
        {t("helpdesk.baselinker.baselinkerIsNotConnected")}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        <Trans
          i18nKey="helpdesk.baselinker.howToConnect"
          components={{ code: <code /> }}
        />
      </Text>
    </div>
  )
}

const BaselinkerSettingsPage = () => {
  const { t } = useTranslation()
  const { baselinker, isPending, isError, error } = useBaselinkerStatus()

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>BaseLinker</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("helpdesk.baselinker.ordersFromBaselinkerBeside")}
          </Text>
        </div>
        {baselinker && (
          <Badge
            size="2xsmall"
            color={baselinker.configured ? "green" : "grey"}
          >
            {baselinker.configured
              ? t("helpdesk.baselinker.connected")
              : t("helpdesk.baselinker.notConnected")}
          </Badge>
        )}
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("helpdesk.baselinker.loading")}
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("helpdesk.baselinker.theBaselinkerStatusCould", {
            error: error?.message,
          })}
        </Text>
      )}
      {baselinker &&
        (baselinker.configured ? (
          <BaselinkerStatus status={baselinker} />
        ) : (
          <NotConnected />
        ))}
    </Container>
  )
}

export const handle = {
  breadcrumb: () => "BaseLinker",
}

export default BaselinkerSettingsPage
