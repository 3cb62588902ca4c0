import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { LiveIndicator } from "../../../../components/inbox/live-indicator"
import {
  TicketPriorityBadge,
  TicketStatusBadge,
} from "../../../../components/inbox/ticket-format"
import { Composer, ComposerKind } from "../../../../components/ticket/composer"
import { TicketActionsMenu } from "../../../../components/ticket/ticket-actions-menu"
import {
  CustomerSection,
  TicketSidebar,
} from "../../../../components/ticket/ticket-sidebar"
import { TicketOrders } from "../../../../components/ticket/ticket-orders"
import { TicketTasks } from "../../../../components/ticket/ticket-tasks"
import { TicketAutomations } from "../../../../components/ticket/ticket-automations"
import {
  PendingMessage,
  Transcript,
} from "../../../../components/ticket/transcript"
import {
  useOpenTicket,
  useSendTicketMessage,
  useTicket,
  useTicketMessages,
  useUpdateTicket,
} from "../../../../hooks/api/tickets"
import { useAgentSocket } from "../../../../hooks/use-agent-socket"
import type { WireAttachmentUpload } from "../../../../../types/attachment"
import type { WireMessage } from "../../../../lib/ticket-types"
import { Bidi, isolate } from "../../../../lib/bidi"
import { translate } from "../../../../lib/locale"

const errorText = (e: unknown, fallback: string) =>
  e instanceof Error ? e.message : fallback

/** Opens the ticket once per visit: the first agent to open it gets it, and the shopper hears so. */
const useOpenOnVisit = (id: string) => {
  const { t } = useTranslation()
  const { mutate } = useOpenTicket(id)
  const opened = useRef<string | null>(null)

  useEffect(() => {
    if (opened.current === id) {
      return
    }
    opened.current = id
    mutate(undefined, {
      onError: (e) =>
        toast.error(errorText(e, t("helpdesk.ticket.openFailed"))),
    })
  }, [id, mutate, t])
}

const TicketPage = () => {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const { ticket, isPending, isError, error } = useTicket(id)
  const { messages, isPending: messagesPending } = useTicketMessages(id)
  const { status, customerTyping, sendTyping } = useAgentSocket({
    ticketId: id,
  })
  const send = useSendTicketMessage(id)
  const reopen = useUpdateTicket(id)
  const [pending, setPending] = useState<PendingMessage[]>([])

  useOpenOnVisit(id)

  // a different ticket starts with nothing in flight
  useEffect(() => setPending([]), [id])

  const deliver = useCallback(
    async (item: PendingMessage) => {
      setPending((list) =>
        list.map((p) =>
          p.client_id === item.client_id ? { ...p, failed: false } : p
        )
      )
      try {
        // the same client_id on a retry: the server stores the message once
        await send.mutateAsync({
          body: item.body,
          kind: item.kind,
          client_id: item.client_id,
          ...(item.attachments?.length
            ? { attachment_ids: item.attachments.map((a) => a.id) }
            : {}),
        })
        setPending((list) => list.filter((p) => p.client_id !== item.client_id))
      } catch (e) {
        setPending((list) =>
          list.map((p) =>
            p.client_id === item.client_id ? { ...p, failed: true } : p
          )
        )
        toast.error(errorText(e, t("helpdesk.ticket.sendFailed")))
      }
    },
    [send, t]
  )

  const onSend = (
    body: string,
    kind: ComposerKind,
    attachments: WireAttachmentUpload[]
  ) => {
    const item: PendingMessage = {
      client_id: crypto.randomUUID(),
      body,
      kind,
      failed: false,
      attachments,
    }
    setPending((list) => [...list, item])
    void deliver(item)
  }

  const onUploadError = useCallback(
    (message: string) => toast.error(message),
    []
  )

  // the socket may bring the stored message before the send's answer does
  const stored = new Set(messages?.map((m) => m.client_id))
  const unconfirmed = pending.filter((p) => !stored.has(p.client_id))

  if (isError) {
    throw error
  }

  if (isPending || !ticket) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-96 w-full" />
      </div>
    )
  }

  const customerName = ticket.customer_name || ticket.customer_email
  const agentName = (message: WireMessage) =>
    message.author_name ?? t("helpdesk.ticket.agent")
  const typingLine = customerTyping
    ? t("helpdesk.ticket.typing", {
        name: isolate(customerTyping.name || customerName),
      })
    : null

  return (
    <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <Container className="divide-y p-0">
          <div className="flex items-start justify-between gap-x-4 px-6 py-4">
            <div className="flex min-w-0 flex-col gap-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Heading className="break-words">
                  <Bidi>{ticket.subject}</Bidi>
                </Heading>
                <TicketStatusBadge status={ticket.status} />
                <TicketPriorityBadge priority={ticket.priority} />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                #{ticket.number} ·{" "}
                {ticket.customer_name ? (
                  <>
                    <Bidi>{ticket.customer_name}</Bidi> &lt;
                    <Bidi>{ticket.customer_email}</Bidi>&gt;
                  </>
                ) : (
                  <Bidi>{ticket.customer_email}</Bidi>
                )}
                {ticket.channel ? (
                  <>
                    {" · "}
                    <Bidi>{ticket.channel.name}</Bidi>
                  </>
                ) : null}
              </Text>
            </div>
            <div className="flex shrink-0 items-center gap-x-2">
              <LiveIndicator status={status} />
              <TicketActionsMenu ticket={ticket} />
            </div>
          </div>
          {ticket.status === "closed" && (
            <div className="bg-ui-bg-subtle flex items-center justify-between gap-x-4 px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle">
                {t("helpdesk.ticket.closed")}
              </Text>
              <Button
                size="small"
                variant="secondary"
                isLoading={reopen.isPending}
                onClick={() =>
                  void reopen
                    .mutateAsync({ status: "open" })
                    .catch((e: unknown) =>
                      toast.error(
                        errorText(e, t("helpdesk.ticket.reopenFailed"))
                      )
                    )
                }
              >
                {t("helpdesk.ticket.reopen")}
              </Button>
            </div>
          )}
          <Transcript
            ticketId={ticket.id}
            messages={messages}
            pending={unconfirmed}
            isLoading={messagesPending}
            customerName={customerName}
            agentName={agentName}
            onRetry={(item) => void deliver(item)}
          />
          <Composer
            ticketId={ticket.id}
            onSend={onSend}
            onError={onUploadError}
            onTyping={sendTyping}
            typingLine={typingLine}
          />
        </Container>
      </div>
      <div className="flex w-full flex-col gap-y-3">
        <TicketSidebar ticket={ticket} />
        <TicketOrders ticket={ticket} />
        <TicketTasks ticketId={ticket.id} />
        <TicketAutomations ticketId={ticket.id} />
        <CustomerSection ticket={ticket} />
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.ticket.breadcrumb"),
}

export default TicketPage
