import { useQueryClient } from "@tanstack/react-query"
import { useCallback, useEffect, useRef, useState } from "react"
import type {
  AgentJoinedEvent,
  TypingEvent,
  WireMessage,
  WireTicket,
} from "../../types/realtime"
import {
  acquireAgentSocket,
  releaseAgentSocket,
  type AgentSocket,
} from "../lib/realtime"
import type { AdminTicketMessagesResponse } from "../lib/ticket-types"
import {
  appendTicketMessages,
  invalidateTickets,
  ticketQueryKeys,
} from "./api/tickets"

/** A typing indicator that never got its "stopped" (tab closed, network gone) fades after this. */
const TYPING_TIMEOUT_MS = 8_000

type UseAgentSocketOptions = {
  /** The ticket this page shows: its transcript and the shopper's typing are followed live. */
  ticketId?: string
}

export type ConnectionStatus = "connecting" | "live" | "reconnecting"

export type AgentSocketState = {
  status: ConnectionStatus
  /** The shopper's typing on the watched ticket, or null. */
  customerTyping: TypingEvent | null
  /** Tells the shopper (and other agents on the ticket) that this agent is typing. */
  sendTyping: (typing: boolean) => void
}

/**
 * Live updates for the inbox and the ticket page over the shared /agent socket: ticket lists
 * and counts refresh when tickets change, and the watched ticket's transcript grows as
 * messages arrive, with a replay of whatever was missed while the connection was down.
 */
export const useAgentSocket = ({
  ticketId,
}: UseAgentSocketOptions = {}): AgentSocketState => {
  const queryClient = useQueryClient()
  const [socket, setSocket] = useState<AgentSocket | null>(null)
  const [status, setStatus] = useState<ConnectionStatus>("connecting")
  const [customerTyping, setCustomerTyping] = useState<TypingEvent | null>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout>>()
  const wasDisconnected = useRef(false)

  useEffect(() => {
    const shared = acquireAgentSocket()
    setSocket(shared)
    setStatus(shared.connected ? "live" : "connecting")
    return () => {
      releaseAgentSocket()
    }
  }, [])

  // Every ticket change this agent may see refreshes the lists and counts.
  useEffect(() => {
    if (!socket) {
      return
    }
    const onConnect = () => {
      setStatus("live")
      if (wasDisconnected.current) {
        // whatever happened while disconnected is unknown: refetch
        wasDisconnected.current = false
        void invalidateTickets(queryClient, ticketId)
      }
    }
    const onDisconnect = () => {
      wasDisconnected.current = true
      setStatus("reconnecting")
    }
    const onTicket = ({ ticket }: { ticket: WireTicket }) => {
      void invalidateTickets(queryClient, ticket.id)
    }
    const onMessage = (message: WireMessage) => {
      if (message.ticket_id === ticketId) {
        appendTicketMessages(queryClient, message.ticket_id, [message])
      } else {
        // a transcript not on screen is refetched when it is next shown
        void queryClient.invalidateQueries({
          queryKey: ticketQueryKeys.messages(message.ticket_id),
          refetchType: "none",
        })
      }
      void invalidateTickets(queryClient, message.ticket_id)
    }
    const onJoined = (event: AgentJoinedEvent) => onMessage(event.message)

    socket.on("connect", onConnect)
    socket.on("disconnect", onDisconnect)
    socket.on("ticket:created", onTicket)
    socket.on("ticket:updated", onTicket)
    socket.on("message:new", onMessage)
    socket.on("agent:joined", onJoined)
    return () => {
      socket.off("connect", onConnect)
      socket.off("disconnect", onDisconnect)
      socket.off("ticket:created", onTicket)
      socket.off("ticket:updated", onTicket)
      socket.off("message:new", onMessage)
      socket.off("agent:joined", onJoined)
    }
  }, [socket, queryClient, ticketId])

  // The watched ticket: join its room on every (re)connection and replay what was missed.
  useEffect(() => {
    if (!socket || !ticketId) {
      return
    }
    let cancelled = false

    const watch = async () => {
      const watched = await socket
        .timeout(10_000)
        .emitWithAck("ticket:watch", { ticket_id: ticketId })
        .catch(() => ({ ok: false }))
      if (cancelled || !watched.ok) {
        return
      }
      const cached = queryClient.getQueryData<AdminTicketMessagesResponse>(
        ticketQueryKeys.messages(ticketId)
      )
      if (!cached) {
        // the first fetch is still running and will bring everything
        return
      }
      const afterSeq = cached.messages.reduce(
        (max, message) => Math.max(max, message.seq),
        0
      )
      const replay = await socket
        .timeout(10_000)
        .emitWithAck("replay", { ticket_id: ticketId, after_seq: afterSeq })
        .catch(() => null)
      if (!cancelled && replay?.ok) {
        appendTicketMessages(queryClient, ticketId, replay.messages)
      } else if (!cancelled) {
        void queryClient.invalidateQueries({
          queryKey: ticketQueryKeys.messages(ticketId),
        })
      }
    }

    const onConnect = () => void watch()
    const onTyping = (event: TypingEvent) => {
      if (event.ticket_id !== ticketId || event.author_type !== "customer") {
        return
      }
      clearTimeout(typingTimer.current)
      if (event.typing) {
        setCustomerTyping(event)
        typingTimer.current = setTimeout(
          () => setCustomerTyping(null),
          TYPING_TIMEOUT_MS
        )
      } else {
        setCustomerTyping(null)
      }
    }
    // a message from the shopper ends their typing
    const onMessage = (message: WireMessage) => {
      if (
        message.ticket_id === ticketId &&
        message.author_type === "customer"
      ) {
        clearTimeout(typingTimer.current)
        setCustomerTyping(null)
      }
    }

    socket.on("connect", onConnect)
    socket.on("typing", onTyping)
    socket.on("message:new", onMessage)
    if (socket.connected) {
      void watch()
    }
    return () => {
      cancelled = true
      clearTimeout(typingTimer.current)
      setCustomerTyping(null)
      socket.off("connect", onConnect)
      socket.off("typing", onTyping)
      socket.off("message:new", onMessage)
      if (socket.connected) {
        socket.emit("typing", { ticket_id: ticketId, typing: false })
        socket.emit("ticket:unwatch", { ticket_id: ticketId })
      }
    }
  }, [socket, ticketId, queryClient])

  const sendTyping = useCallback(
    (typing: boolean) => {
      if (socket?.connected && ticketId) {
        socket.emit("typing", { ticket_id: ticketId, typing })
      }
    },
    [socket, ticketId]
  )

  return { status, customerTyping, sendTyping }
}
