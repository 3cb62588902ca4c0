import { ExclamationCircle, LockClosedSolid } from "@medusajs/icons"
import { Button, clx, Skeleton, Text } from "@medusajs/ui"
import { useEffect, useLayoutEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import type { WireMessage } from "../../lib/ticket-types"
import { formatDateTime, formatShortTime } from "../inbox/ticket-format"
import { Bidi } from "../../lib/bidi"
import type { WireAttachmentUpload } from "../../../types/attachment"
import { MessageAttachments } from "./attachments/message-attachments"

/** A message this page is sending: shown at once, replaced by the stored one when it is saved. */
export type PendingMessage = {
  client_id: string
  body: string
  kind: "message" | "note"
  failed: boolean
  /** uploaded already: a retry names the same files, which the server links once */
  attachments?: WireAttachmentUpload[]
}

type TranscriptProps = {
  ticketId: string
  messages: WireMessage[] | undefined
  pending: PendingMessage[]
  isLoading: boolean
  customerName: string
  /** Names agents by id, for lines without an author_name. */
  agentName: (message: WireMessage) => string
  onRetry: (pending: PendingMessage) => void
}

/** Within this many pixels of the bottom, new messages keep the view scrolled down. */
const STICK_TO_BOTTOM_PX = 80

const Bubble = ({
  side,
  variant,
  author,
  label,
  time,
  body,
  files,
  footer,
  dataAttrs,
}: {
  side: "left" | "right"
  variant: "customer" | "agent" | "note"
  author: string
  label?: string
  time: string | null
  body: string
  files?: React.ReactNode
  footer?: React.ReactNode
  dataAttrs: Record<string, string | number>
}) => (
  <li
    {...dataAttrs}
    className={clx(
      "flex w-full",
      side === "right" ? "justify-end" : "justify-start"
    )}
  >
    <div
      className={clx(
        "flex max-w-[80%] flex-col gap-y-1 rounded-xl px-3 py-2 shadow-borders-base",
        variant === "customer" && "bg-ui-bg-base rounded-bl-sm",
        variant === "agent" && "bg-ui-tag-blue-bg rounded-br-sm",
        variant === "note" &&
          "bg-ui-tag-orange-bg border-ui-tag-orange-border rounded-br-sm border"
      )}
    >
      <div className="flex items-center gap-x-2">
        {label && (
          <span className="text-ui-tag-orange-text txt-compact-xsmall-plus inline-flex items-center gap-x-1">
            <LockClosedSolid className="size-3" />
            {label}
          </span>
        )}
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          <Bidi>{author}</Bidi>
        </Text>
        {time && (
          <Text
            size="xsmall"
            className="text-ui-fg-muted"
            title={formatDateTime(time)}
          >
            {formatShortTime(time)}
          </Text>
        )}
      </div>
      {/* Shopper text is shown as text: React escapes it, nothing is parsed as HTML. */}
      {body ? (
        <Text
          size="small"
          className="text-ui-fg-base whitespace-pre-wrap break-words"
          dir="auto"
        >
          {body}
        </Text>
      ) : null}
      {files}
      {footer}
    </div>
  </li>
)

const SystemLine = ({ message }: { message: WireMessage }) => (
  <li
    data-seq={message.seq}
    data-kind={message.kind}
    data-author={message.author_type}
    className="flex justify-center px-6"
  >
    <Text
      size="xsmall"
      className="text-ui-fg-muted whitespace-pre-wrap break-words text-center"
      title={formatDateTime(message.created_at)}
    >
      <Bidi>{message.body}</Bidi>
      <span className="text-ui-fg-disabled">
        {" · "}
        {formatShortTime(message.created_at)}
      </span>
    </Text>
  </li>
)

const isSystemLine = (message: WireMessage) =>
  message.kind === "event" ||
  message.author_type === "system" ||
  message.author_type === "automation"

export const Transcript = ({
  ticketId,
  messages,
  pending,
  isLoading,
  customerName,
  agentName,
  onRetry,
}: TranscriptProps) => {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const atBottom = useRef(true)
  const total = (messages?.length ?? 0) + pending.length

  // Keep up with the conversation unless the agent scrolled back to read.
  useLayoutEffect(() => {
    const el = scroller.current
    if (el && atBottom.current) {
      el.scrollTop = el.scrollHeight
    }
  }, [total])

  useEffect(() => {
    const el = scroller.current
    if (!el) {
      return
    }
    const onScroll = () => {
      atBottom.current =
        el.scrollHeight - el.scrollTop - el.clientHeight < STICK_TO_BOTTOM_PX
    }
    el.addEventListener("scroll", onScroll, { passive: true })
    return () => el.removeEventListener("scroll", onScroll)
  }, [])

  return (
    <div
      ref={scroller}
      className="bg-ui-bg-subtle h-[calc(100vh-420px)] min-h-[320px] overflow-y-auto px-4 py-4"
    >
      {isLoading && !messages ? (
        <div className="flex flex-col gap-y-3">
          <Skeleton className="h-12 w-2/3" />
          <Skeleton className="ml-auto h-12 w-1/2" />
          <Skeleton className="h-12 w-1/2" />
        </div>
      ) : (
        <ol
          aria-label={t("helpdesk.transcript.label")}
          className="flex flex-col gap-y-3"
        >
          {(messages ?? []).map((message) => {
            if (isSystemLine(message)) {
              return <SystemLine key={message.id} message={message} />
            }
            const dataAttrs = {
              "data-seq": message.seq,
              "data-kind": message.kind,
              "data-author": message.author_type,
            }
            if (message.author_type === "customer") {
              return (
                <Bubble
                  key={message.id}
                  side="left"
                  variant="customer"
                  author={customerName}
                  time={message.created_at}
                  body={message.body}
                  files={
                    <MessageAttachments
                      ticketId={ticketId}
                      attachments={message.attachments}
                    />
                  }
                  dataAttrs={dataAttrs}
                />
              )
            }
            const note = message.kind === "note"
            return (
              <Bubble
                key={message.id}
                side="right"
                variant={note ? "note" : "agent"}
                label={note ? t("helpdesk.transcript.internalNote") : undefined}
                author={agentName(message)}
                time={message.created_at}
                body={message.body}
                files={
                  <MessageAttachments
                    ticketId={ticketId}
                    attachments={message.attachments}
                  />
                }
                dataAttrs={dataAttrs}
              />
            )
          })}
          {pending.map((item) => (
            <Bubble
              key={item.client_id}
              side="right"
              variant={item.kind === "note" ? "note" : "agent"}
              label={
                item.kind === "note"
                  ? t("helpdesk.transcript.internalNote")
                  : undefined
              }
              author={t("helpdesk.transcript.you")}
              time={null}
              body={item.body}
              files={
                <MessageAttachments
                  ticketId={ticketId}
                  attachments={item.attachments?.map((a) => ({
                    ...a,
                    url: "",
                  }))}
                />
              }
              dataAttrs={{ "data-pending": item.failed ? "failed" : "sending" }}
              footer={
                item.failed ? (
                  <div className="flex items-center gap-x-2">
                    <ExclamationCircle className="text-ui-fg-error" />
                    <Text size="xsmall" className="text-ui-fg-error">
                      {t("helpdesk.transcript.notSent")}
                    </Text>
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() => onRetry(item)}
                    >
                      {t("helpdesk.transcript.retry")}
                    </Button>
                  </div>
                ) : (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("helpdesk.transcript.sending")}
                  </Text>
                )
              }
            />
          ))}
        </ol>
      )}
    </div>
  )
}
