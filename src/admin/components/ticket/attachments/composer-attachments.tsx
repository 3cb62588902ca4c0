import { PaperClip, XMarkMini } from "@medusajs/icons"
import { IconButton, Text, Tooltip } from "@medusajs/ui"
import { useRef } from "react"
import { Bidi } from "../../../lib/bidi"
import { ACCEPTED_TYPES } from "./attachment-url"
import type { UploadItem } from "./use-attachment-uploads"
import { useTranslation } from "react-i18next"

/** The composer's paperclip: a button that opens the file picker. */
export const AttachButton = ({
  onFiles,
  disabled,
}: {
  onFiles: (files: FileList) => void
  disabled?: boolean
}) => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <Tooltip content={t("helpdesk.attachments.attach")}>
        <IconButton
          size="small"
          variant="transparent"
          type="button"
          aria-label={t("helpdesk.attachments.attach")}
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          <PaperClip />
        </IconButton>
      </Tooltip>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_TYPES}
        multiple
        hidden
        data-testid="attachment-input"
        onChange={(event) => {
          if (event.target.files?.length) {
            onFiles(event.target.files)
          }
          event.target.value = ""
        }}
      />
    </>
  )
}

/** The files about to be sent, with their upload progress. File names are shown as text. */
export const AttachmentTray = ({
  items,
  onRemove,
}: {
  items: UploadItem[]
  onRemove: (key: string) => void
}) => {
  const { t } = useTranslation()
  if (!items.length) {
    return null
  }
  return (
    <ul
      className="flex flex-wrap gap-2"
      aria-label={t("helpdesk.attachments.list")}
    >
      {items.map((item) => {
        const percent = Math.round(item.progress * 100)
        return (
          <li
            key={item.key}
            data-uploaded={item.uploaded ? "true" : "false"}
            className="bg-ui-bg-base shadow-borders-base flex max-w-[240px] items-center gap-x-2 rounded-md py-1 pl-1 pr-1"
          >
            {item.preview ? (
              <img
                src={item.preview}
                alt=""
                className="size-8 rounded object-cover"
              />
            ) : null}
            <Text size="xsmall" className="truncate" title={item.name}>
              <Bidi>{item.name}</Bidi>
            </Text>
            {!item.uploaded && (
              <span
                role="progressbar"
                aria-valuenow={percent}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-label={t("helpdesk.attachments.uploading", {
                  name: item.name,
                  percent,
                })}
                className="flex items-center gap-x-1"
              >
                <span className="bg-ui-bg-switch-off block h-1 w-10 overflow-hidden rounded-full">
                  <span
                    className="bg-ui-fg-interactive block h-full"
                    style={{ width: `${percent}%` }}
                  />
                </span>
                <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
                  {percent}%
                </Text>
              </span>
            )}
            <IconButton
              size="2xsmall"
              variant="transparent"
              type="button"
              aria-label={t("helpdesk.attachments.remove", { name: item.name })}
              onClick={() => onRemove(item.key)}
            >
              <XMarkMini />
            </IconButton>
          </li>
        )
      })}
    </ul>
  )
}
