import { ArrowDownTray, DocumentText } from "@medusajs/icons"
import { Button, FocusModal } from "@medusajs/ui"
import { useState } from "react"
import type { WireAttachment } from "../../../../types/attachment"
import { Bidi } from "../../../lib/bidi"
import { attachmentUrl, formatSize, isImage } from "./attachment-url"
import { useTranslation } from "react-i18next"

/**
 * A message's files in the transcript: pictures as thumbnails that open the viewer, PDFs as
 * download links. Everything is fetched through the access-checked admin route.
 */
export const MessageAttachments = ({
  ticketId,
  attachments,
}: {
  ticketId: string
  attachments: WireAttachment[] | undefined
}) => {
  const { t } = useTranslation()
  const [viewing, setViewing] = useState<WireAttachment | null>(null)
  if (!attachments?.length) {
    return null
  }
  return (
    <>
      <ul
        className="flex flex-wrap gap-2"
        aria-label={t("helpdesk.attachments.list")}
      >
        {attachments.map((file) => {
          const url = attachmentUrl(ticketId, file.id)
          return (
            <li key={file.id} data-attachment={file.id}>
              {isImage(file.mime_type) ? (
                <button
                  type="button"
                  aria-label={t("helpdesk.attachments.open", {
                    name: file.name,
                  })}
                  title={file.name}
                  onClick={() => setViewing(file)}
                  className="shadow-borders-base focus-visible:shadow-borders-focus block overflow-hidden rounded-md outline-none"
                >
                  <img
                    src={url}
                    alt={file.name}
                    loading="lazy"
                    className="bg-ui-bg-subtle block max-h-40 max-w-[200px] object-cover"
                  />
                </button>
              ) : (
                <a
                  href={url}
                  download={file.name}
                  className="bg-ui-bg-base shadow-borders-base txt-compact-small text-ui-fg-interactive inline-flex max-w-[260px] items-center gap-x-2 rounded-md px-2 py-1.5"
                >
                  <DocumentText className="shrink-0" />
                  <span className="truncate">
                    <Bidi>{file.name}</Bidi>
                  </span>
                  <span className="text-ui-fg-muted shrink-0">
                    {formatSize(file.size)}
                  </span>
                </a>
              )}
            </li>
          )
        })}
      </ul>
      <FocusModal
        open={!!viewing}
        onOpenChange={(open) => !open && setViewing(null)}
      >
        <FocusModal.Content>
          <FocusModal.Header>
            <FocusModal.Title className="truncate">
              {viewing ? (
                <Bidi>{viewing.name}</Bidi>
              ) : (
                t("helpdesk.attachments.viewer")
              )}
            </FocusModal.Title>
            {viewing && (
              <Button size="small" variant="secondary" asChild>
                <a
                  href={attachmentUrl(ticketId, viewing.id)}
                  download={viewing.name}
                >
                  <ArrowDownTray />
                  {t("helpdesk.attachments.download")}
                </a>
              </Button>
            )}
          </FocusModal.Header>
          <FocusModal.Body className="bg-ui-bg-subtle flex items-center justify-center overflow-auto p-6">
            {viewing && (
              <img
                src={attachmentUrl(ticketId, viewing.id)}
                alt={viewing.name}
                data-testid="attachment-viewer-image"
                className="max-h-full max-w-full object-contain"
              />
            )}
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
    </>
  )
}
