import { Select } from "@medusajs/ui"
import { useMemo } from "react"
import { timeZoneGroups } from "../../lib/channel-form"
import { useTranslation } from "react-i18next"

type TimeZoneSelectProps = {
  id?: string
  value: string
  invalid?: boolean
  onChange: (value: string) => void
}

const offsetLabel = (zone: string, at: Date) => {
  try {
    const part = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      timeZoneName: "shortOffset",
    })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")
    return part?.value ?? ""
  } catch {
    return ""
  }
}

/** Every IANA zone the browser knows, grouped by region, with its offset now. */
export const TimeZoneSelect = ({
  id,
  value,
  invalid,
  onChange,
}: TimeZoneSelectProps) => {
  const { t } = useTranslation()
  const groups = useMemo(() => {
    const now = new Date()
    return timeZoneGroups(value).map(({ region, zones }) => ({
      region,
      zones: zones.map((zone) => ({ zone, offset: offsetLabel(zone, now) })),
    }))
  }, [value])

  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id} aria-invalid={invalid}>
        <Select.Value placeholder={t("helpdesk.channels.chooseATimeZone")} />
      </Select.Trigger>
      <Select.Content className="max-h-[320px]">
        {groups.map(({ region, zones }) => (
          <Select.Group key={region}>
            <Select.Label>{region}</Select.Label>
            {zones.map(({ zone, offset }) => (
              <Select.Item key={zone} value={zone} textValue={zone}>
                {offset ? `${zone} (${offset})` : zone}
              </Select.Item>
            ))}
          </Select.Group>
        ))}
      </Select.Content>
    </Select>
  )
}
