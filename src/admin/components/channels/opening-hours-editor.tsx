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
                    Closed
                  </Badge>
                </div>
              )}
              {rows.map((row, index) => {
                const error = errors[`opening_hours.${row.key}`]
                const overnight =
                  row.from !== "" && row.to !== "" && row.to < row.from
                const label = `${WEEKDAY_LABELS[day]}, interval ${index + 1}`
                return (
                  <div key={row.key} className="flex flex-col gap-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Input
                        type="time"
                        size="small"
                        className="w-[120px]"
                        aria-label={`${label}, opens at`}
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
                        to
                      </Text>
                      <Input
                        type="time"
                        size="small"
                        className="w-[120px]"
                        aria-label={`${label}, closes at`}
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
                        aria-label={`Remove ${label}`}
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
                          ? "Open until midnight."
                          : `Runs past midnight, until ${row.to} the next day.`}
                      </Text>
                    )}
                    {error && <Hint variant="error">{error}</Hint>}
                  </div>
                )
              })}
            </div>
            <Tooltip content="Add interval">
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                className="mt-0.5 shrink-0"
                aria-label={`Add interval on ${WEEKDAY_LABELS[day]}`}
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
