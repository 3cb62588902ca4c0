import { Plus, XMark } from "@medusajs/icons"
import { Button, Hint, IconButton, Input, Text } from "@medusajs/ui"
import { ChannelFormErrors, listRow, ListRow } from "../../lib/channel-form"
import { useTranslation } from "react-i18next"

type HolidayListEditorProps = {
  rows: ListRow[]
  errors: ChannelFormErrors
  onChange: (rows: ListRow[]) => void
}

export const HolidayListEditor = ({
  rows,
  errors,
  onChange,
}: HolidayListEditorProps) => {
  const { t } = useTranslation()
  const update = (key: string, value: string) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, value } : row)))

  return (
    <div className="flex flex-col gap-y-2">
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("helpdesk.channels.noHolidaysTheWeekly")}
        </Text>
      )}
      {rows.map((row, index) => {
        const error = errors[`holidays.${row.key}`]
        return (
          <div key={row.key} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Input
                type="date"
                size="small"
                className="w-[180px]"
                aria-label={t("helpdesk.channels.holiday", {
                  value: index + 1,
                })}
                aria-invalid={!!error}
                value={row.value}
                onChange={(event) => update(row.key, event.target.value)}
              />
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                aria-label={t("helpdesk.channels.removeHoliday", {
                  value: row.value || index + 1,
                })}
                onClick={() =>
                  onChange(rows.filter((other) => other.key !== row.key))
                }
              >
                <XMark />
              </IconButton>
            </div>
            {error && <Hint variant="error">{error}</Hint>}
          </div>
        )
      })}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={() => onChange([...rows, listRow()])}
        >
          <Plus />
          {t("helpdesk.channels.addHoliday")}
        </Button>
      </div>
    </div>
  )
}
