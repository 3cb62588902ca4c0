import { Plus, XMark } from "@medusajs/icons"
import { Badge, Hint, IconButton, Input, Text, Tooltip } from "@medusajs/ui"
import { WEEKDAYS } from "../../../types/channel"
import {
  ChannelFormErrors,
  intervalRow,
  IntervalRow,
  WEEKDAY_LABELS,
} from "../../lib/channel-form"
import { Weekday } from "../../lib/types"
import { useTranslation } from "react-i18next"

type OpeningHoursEditorProps = {
  value: Record<Weekday, IntervalRow[]>
  errors: ChannelFormErrors
  onChange: (value: Record<Weekday, IntervalRow[]>) => void
}

const addMinutes = (time: string, minutes: number) => {
  const [hours, mins] = time.split(":").map(Number)
  if (Number.isNaN(hours) || Number.isNaN(mins)) {
    return "17:00"
  }
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(
    total % 60
  ).padStart(2, "0")}`
}

// A new interval starts where the day's last one ends.
const nextInterval = (rows: IntervalRow[]) => {
  const last = rows[rows.length - 1]
  if (!last || last.to === "") {
    return intervalRow("09:00", "17:00")
  }
  return intervalRow(last.to, addMinutes(last.to, 60))
}

export const OpeningHoursEditor = ({
  value,
  errors,
  onChange,
}: OpeningHoursEditorProps) => {
  const { t } = useTranslation()
  const setDay = (day: Weekday, rows: IntervalRow[]) =>
    onChange({ ...value, [day]: rows })

  const updateInterval = (
    day: Weekday,
    key: string,
    field: "from" | "to",
    time: string
  ) =>
    setDay(
      day,
      value[day].map((row) =>
        row.key === key ? { ...row, [field]: time } : row
      )
    )

  return (
    <div className="flex flex-col divide-y rounded-lg border">
      {WEEKDAYS.map((day) => {
        const rows = value[day]
        return (
          <div
            key={day}
            className="flex items-start gap-3 px-4 py-3"
            data-weekday={day}
          >
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className="flex h-8 w-24 shrink-0 items-center"
            >
              {WEEKDAY_LABELS[day]}
            </Text>
            <div className="flex flex-1 flex-col gap-y-2">
              {rows.length === 0 && (
                <div className="flex h-8 items-center">
                  <Badge size="2xsmall" color="grey">
                    {t("helpdesk.channels.closed")}
                  </Badge>
                </div>
              )}
              {rows.map((row, index) => {
                const error = errors[`opening_hours.${row.key}`]
                const overnight =
                  row.from !== "" && row.to !== "" && row.to < row.from
                const label = t("helpdesk.channels.interval", {
                  day: WEEKDAY_LABELS[day],
                  number: index + 1,
                })
                return (
                  <div key={row.key} className="flex flex-col gap-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Input
                        type="time"
                        size="small"
                        className="w-[120px]"
                        aria-label={t("helpdesk.channels.opensAt", { label })}
                        aria-invalid={!!error}
                        value={row.from}
                        onChange={(event) =>
                          updateInterval(
                            day,
                            row.key,
                            "from",
                            event.target.value
                          )
                        }
                      />
                      <Text size="small" className="text-ui-fg-muted">
                        {t("helpdesk.channels.to")}
                      </Text>
                      <Input
                        type="time"
                        size="small"
                        className="w-[120px]"
                        aria-label={t("helpdesk.channels.closesAt", { label })}
                        aria-invalid={!!error}
                        value={row.to}
                        onChange={(event) =>
                          updateInterval(day, row.key, "to", event.target.value)
                        }
                      />
                      <IconButton
                        type="button"
                        size="small"
                        variant="transparent"
                        aria-label={t("helpdesk.channels.remove", { label })}
                        onClick={() =>
                          setDay(
                            day,
                            rows.filter((other) => other.key !== row.key)
                          )
                        }
                      >
                        <XMark />
                      </IconButton>
                    </div>
                    {overnight && !error && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {row.to === "00:00"
                          ? t("helpdesk.channels.openUntilMidnight")
                          : t("helpdesk.channels.runsPastMidnightUntil", {
                              to: row.to,
                            })}
                      </Text>
                    )}
                    {error && <Hint variant="error">{error}</Hint>}
                  </div>
                )
              })}
            </div>
            <Tooltip content={t("helpdesk.channels.addInterval")}>
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                className="mt-0.5 shrink-0"
                aria-label={t("helpdesk.channels.addIntervalOn", {
                  value: WEEKDAY_LABELS[day],
                })}
                onClick={() => setDay(day, [...rows, nextInterval(rows)])}
              >
                <Plus />
              </IconButton>
            </Tooltip>
          </div>
        )
      })}
    </div>
  )
}
