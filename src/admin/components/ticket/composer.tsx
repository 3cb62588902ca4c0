import { PaperPlane } from "@medusajs/icons"
import { Button, clx, Kbd, Text, Textarea } from "@medusajs/ui"
import { KeyboardEvent, useEffect, useRef, useState } from "react"
import { Trans, useTranslation } from "react-i18next"
import type { WireAttachmentUpload } from "../../../types/attachment"
import { MAX_MESSAGE_LENGTH } from "../../lib/ticket-types"
import {
  AttachButton,
  AttachmentTray,
} from "./attachments/composer-attachments"
import { useAttachmentUploads } from "./attachments/use-attachment-uploads"

export type ComposerKind = "message" | "note"

type ComposerProps = {
  /** the ticket files are uploaded to */
  ticketId: string
  onSend: (
    body: string,
    kind: ComposerKind,
    attachments: WireAttachmentUpload[]
  ) => void
  /** An upload was refused (too large, not a photo or PDF…): a sentence to show. */
  onError: (message: string) => void
  /** Tells the shopper this agent is typing (replies only: notes stay private). */
  onTyping: (typing: boolean) => void
  /** e.g. "Jan is typing…" */
  typingLine: string | null
  disabled?: boolean
}

/** Re-announce typing this often while keys keep coming, and stop after this much quiet. */
const TYPING_REPEAT_MS = 2_500
const TYPING_IDLE_MS = 4_000

const KIND_LABELS: Record<ComposerKind, string> = {
  message: "helpdesk.composer.reply",
  note: "helpdesk.composer.note",
}

/** Reply to the shopper or leave an internal note; Enter sends, Shift+Enter starts a new line. */
export const Composer = ({
  ticketId,
  onSend,
  onError,
  onTyping,
  typingLine,
  disabled,
}: ComposerProps) => {
  const { t } = useTranslation()
  const [kind, setKind] = useState<ComposerKind>("message")
  const [body, setBody] = useState("")
  const lastTypingSent = useRef(0)
  const idleTimer = useRef<ReturnType<typeof setTimeout>>()
  const typing = useRef(false)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const uploads = useAttachmentUploads(ticketId, onError)

  const stopTyping = () => {
    clearTimeout(idleTimer.current)
    if (typing.current) {
      typing.current = false
      lastTypingSent.current = 0
      onTyping(false)
    }
  }

  // leaving the page (or switching to a note) ends the indicator
  useEffect(() => () => clearTimeout(idleTimer.current), [])

  const onChange = (value: string) => {
    setBody(value)
    if (kind !== "message") {
      return
    }
    if (!value.trim()) {
      stopTyping()
      return
    }
    const now = Date.now()
    if (!typing.current || now - lastTypingSent.current > TYPING_REPEAT_MS) {
      typing.current = true
      lastTypingSent.current = now
      onTyping(true)
    }
    clearTimeout(idleTimer.current)
    idleTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS)
  }

  const tooLong = body.length > MAX_MESSAGE_LENGTH
  const attached = uploads.ready()
  const canSend =
    !disabled &&
    !!attached &&
    (body.trim().length > 0 || attached.length > 0) &&
    !tooLong

  const send = () => {
    if (!canSend || !attached) {
      return
    }
    stopTyping()
    onSend(body, kind, attached)
    setBody("")
    uploads.clear()
    textarea.current?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an IME is composing picks a candidate; it must not send.
    if (
      event.key === "Enter" &&
      !event.shiftKey &&
      !event.nativeEvent.isComposing
    ) {
      event.preventDefault()
      send()
    }
  }

  const selectKind = (next: ComposerKind) => {
    if (next !== "message") {
      stopTyping()
    }
    setKind(next)
    textarea.current?.focus()
  }

  return (
    <div
      className={clx(
        "flex flex-col gap-y-2 px-4 py-3",
        kind === "note" && "bg-ui-tag-orange-bg"
      )}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes("Files")) {
          event.preventDefault()
        }
      }}
      onDrop={(event) => {
        if (event.dataTransfer.files.length) {
          event.preventDefault()
          uploads.add(event.dataTransfer.files)
        }
      }}
    >
      <div className="flex items-center justify-between gap-x-2">
        <div
          role="radiogroup"
          aria-label={t("helpdesk.composer.kind")}
          className="bg-ui-bg-subtle shadow-borders-base inline-flex rounded-md p-0.5"
        >
          {(Object.keys(KIND_LABELS) as ComposerKind[]).map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={kind === option}
              onClick={() => selectKind(option)}
              className={clx(
                "txt-compact-small-plus rounded px-3 py-1 outline-none transition-colors focus-visible:shadow-borders-focus",
                kind === option
                  ? "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest"
                  : "text-ui-fg-muted hover:text-ui-fg-subtle"
              )}
            >
              {t(KIND_LABELS[option])}
            </button>
          ))}
        </div>
        <Text
          size="xsmall"
          className="text-ui-fg-muted min-h-4 italic"
          aria-live="polite"
        >
          {typingLine ?? ""}
        </Text>
      </div>
      <Textarea
        ref={textarea}
        aria-label={
          kind === "note"
            ? t("helpdesk.composer.internalNote")
            : t("helpdesk.composer.reply")
        }
        placeholder={
          kind === "note"
            ? t("helpdesk.composer.notePlaceholder")
            : t("helpdesk.composer.replyPlaceholder")
        }
        rows={3}
        value={body}
        aria-invalid={tooLong}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={(event) => {
          if (event.clipboardData.files.length) {
            event.preventDefault()
            uploads.add(event.clipboardData.files)
          }
        }}
        onBlur={stopTyping}
        className="resize-y"
      />
      <AttachmentTray items={uploads.items} onRemove={uploads.remove} />
      <div className="flex items-center justify-between gap-x-2">
        <Text
          size="xsmall"
          className={clx(tooLong ? "text-ui-fg-error" : "text-ui-fg-muted")}
        >
          {tooLong ? (
            t("helpdesk.composer.tooLong", {
              length: body.length,
              max: MAX_MESSAGE_LENGTH,
            })
          ) : (
            <Trans
              i18nKey="helpdesk.composer.keys"
              components={{ kbd: <Kbd /> }}
            />
          )}
        </Text>
        <div className="flex items-center gap-x-1">
          <AttachButton onFiles={uploads.add} disabled={disabled} />
          <Button
            size="small"
            variant={kind === "note" ? "secondary" : "primary"}
            disabled={!canSend}
            onClick={send}
          >
            <PaperPlane />
            {kind === "note"
              ? t("helpdesk.composer.addNote")
              : t("helpdesk.composer.send")}
          </Button>
        </div>
      </div>
    </div>
  )
}
