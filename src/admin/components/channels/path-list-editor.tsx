import { Plus, XMark } from "@medusajs/icons"
import { Button, Hint, IconButton, Input, Text } from "@medusajs/ui"
import { ChannelFormErrors, listRow, ListRow } from "../../lib/channel-form"
import { PathListType } from "../../lib/types"
import { useTranslation } from "react-i18next"

type PathListEditorProps = {
  rows: ListRow[]
  listType: PathListType
  errors: ChannelFormErrors
  onChange: (rows: ListRow[]) => void
}

export const PathListEditor = ({
  rows,
  listType,
  errors,
  onChange,
}: PathListEditorProps) => {
  const { t } = useTranslation()
  const update = (key: string, value: string) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, value } : row)))

  const remove = (key: string) =>
    onChange(rows.filter((row) => row.key !== key))

  return (
    <div className="flex flex-col gap-y-2">
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {listType === "blacklist"
            ? t("helpdesk.channels.noPagesListedThe")
            : t("helpdesk.channels.noPagesListedYet")}
        </Text>
      )}
      {rows.map((row, index) => {
        const error = errors[`paths.${row.key}`]
        const id = `channel-path-${row.key}`
        return (
          <div key={row.key} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Input
                id={id}
                size="small"
                className="flex-1 font-mono"
                placeholder={t("helpdesk.channels.checkout")}
                aria-label={t("helpdesk.channels.page", { value: index + 1 })}
                aria-invalid={!!error}
                value={row.value}
                onChange={(event) => update(row.key, event.target.value)}
              />
              <IconButton
                type="button"
                size="small"
                variant="transparent"
                aria-label={t("helpdesk.channels.removePage", {
                  value: row.value || index + 1,
                })}
                onClick={() => remove(row.key)}
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
          {t("helpdesk.channels.addPage")}
        </Button>
      </div>
    </div>
  )
}
