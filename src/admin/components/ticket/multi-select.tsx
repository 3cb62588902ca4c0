import { PencilSquare } from "@medusajs/icons"
import { DropdownMenu, IconButton, Text } from "@medusajs/ui"
import { ReactNode, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

export type MultiSelectOption = {
  value: string
  label: string
  /** A coloured dot in front of the label, e.g. a tag's colour. */
  color?: string | null
}

type MultiSelectProps = {
  /** Names the control for assistive technology, e.g. "tags". */
  label: string
  options: MultiSelectOption[]
  value: string[]
  onChange: (next: string[]) => void
  /** What the selection looks like in the sidebar. */
  children: ReactNode
  emptyText: string
  disabled?: boolean
}

/** A set picked from a menu of checkboxes; every tick saves at once, like the dashboard's own. */
export const MultiSelect = ({
  label,
  options,
  value,
  onChange,
  children,
  emptyText,
  disabled,
}: MultiSelectProps) => {
  const { t } = useTranslation()
  // Ticks land here at once, so several quick ticks build on each other before the server answers.
  const [current, setCurrent] = useState(value)
  useEffect(() => setCurrent(value), [value])
  const selected = new Set(current)

  const toggle = (option: string, checked: boolean) => {
    const next = new Set(selected)
    if (checked) {
      next.add(option)
    } else {
      next.delete(option)
    }
    setCurrent([...next])
    onChange([...next])
  }

  return (
    <div className="flex items-start justify-between gap-x-2">
      <div className="flex min-w-0 flex-1 flex-wrap items-center gap-1">
        {value.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            {emptyText}
          </Text>
        ) : (
          children
        )}
      </div>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild disabled={disabled}>
          <IconButton
            size="small"
            variant="transparent"
            aria-label={t("helpdesk.multiSelect.edit", { label })}
          >
            <PencilSquare />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content
          align="end"
          className="max-h-[320px] min-w-[220px] overflow-y-auto"
        >
          {options.length === 0 ? (
            <DropdownMenu.Label>
              {t("helpdesk.multiSelect.nothing")}
            </DropdownMenu.Label>
          ) : (
            options.map((option) => (
              <DropdownMenu.CheckboxItem
                key={option.value}
                checked={selected.has(option.value)}
                // keep the menu open to tick several in a row
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(checked) =>
                  toggle(option.value, checked === true)
                }
              >
                <span className="flex items-center gap-x-2">
                  {option.color !== undefined && (
                    <span
                      aria-hidden
                      className="size-2 shrink-0 rounded-full"
                      style={{ backgroundColor: option.color ?? "#a1a1aa" }}
                    />
                  )}
                  {option.label}
                </span>
              </DropdownMenu.CheckboxItem>
            ))
          )}
        </DropdownMenu.Content>
      </DropdownMenu>
    </div>
  )
}
