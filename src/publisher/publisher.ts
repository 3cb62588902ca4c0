import type {
  AgentJoinedEvent,
  AgentServerToClientEvents,
  VisitorServerToClientEvents,
  WireConversation,
  WireMessage,
  WireTicket,
} from "../types/realtime"
import { forAgents } from "./attachment-urls"

/**
 * How workflows tell connected shoppers and agents what changed. Which implementation a process
 * gets is decided in ./registry: the socket server of this process, or a Redis emitter that
 * reaches the server instances' sockets from a process without one (Medusa's worker).
 */
export interface RealtimePublisher {
  /** A stored message: to the shopper (unless it is a note) and to the channel's agents. */
  publishMessage(
    ticket: { id: string; channel_id: string | null },
    message: WireMessage,
    exceptSocketId?: string
  ): void
  publishTicketCreated(ticket: WireTicket): void
  publishTicketUpdated(ticket: WireTicket, conversation: WireConversation): void
  publishAgentJoined(channelId: string | null, event: AgentJoinedEvent): void
  /** Moves connected agents into the rooms of the channels they may work, out of the others. */
  refreshAgentRooms(): Promise<void>
}

/** The Redis key prefix of the socket servers' adapter, which the emitter speaks to. */
export const ADAPTER_KEY = "medusa-helpdesk"

export const channelRoom = (channelId: string | null) =>
  `channel:${channelId ?? "none"}`
export const ticketRoom = (ticketId: string) => `ticket:${ticketId}`
export const userRoom = (userId: string) => `user:${userId}`

/**
 * What one instance asks every socket server instance to do, through the Redis adapter (or the
 * emitter, which speaks the adapter's protocol).
 */
export type InterServerEvents = {
  "channel-origins:forget": (channelId: string) => void
  /** channel access changed somewhere without a socket server: re-read it for your sockets */
  "agent-rooms:refresh": () => void
}

/**
 * The part of a socket.io namespace, or of a Redis emitter's namespace, that broadcasting
 * needs. Events are checked against the contract by RoomPublisher's helpers below.
 */
export type Broadcaster = {
  to(room: string | string[]): Broadcaster
  except(room: string | string[]): Broadcaster
  emit(event: string, ...args: unknown[]): boolean
}

type Args<Events, E extends keyof Events> = Events[E] extends (
  ...args: infer A
) => unknown
  ? A
  : never

/**
 * The one place that decides which event goes to which room with which payload, whether the
 * namespaces are this process's socket.io server or a Redis emitter.
 */
export class RoomPublisher implements RealtimePublisher {
  constructor(
    private readonly namespaces: {
      visitors: Broadcaster
      agents: Broadcaster
    },
    readonly refreshAgentRooms: () => Promise<void>
  ) {}

  private toVisitors<E extends keyof VisitorServerToClientEvents & string>(
    room: string,
    except: string[],
    event: E,
    ...args: Args<VisitorServerToClientEvents, E>
  ): void {
    this.namespaces.visitors
      .to(room)
      .except(except)
      .emit(event, ...args)
  }

  private toAgents<E extends keyof AgentServerToClientEvents & string>(
    room: string,
    except: string[],
    event: E,
    ...args: Args<AgentServerToClientEvents, E>
  ): void {
    this.namespaces.agents
      .to(room)
      .except(except)
      .emit(event, ...args)
  }

  publishMessage(
    ticket: { id: string; channel_id: string | null },
    message: WireMessage,
    exceptSocketId?: string
  ): void {
    const except = exceptSocketId ? [exceptSocketId] : []
    if (message.kind !== "note") {
      this.toVisitors(ticketRoom(ticket.id), except, "message:new", message)
    }
    this.toAgents(
      channelRoom(ticket.channel_id),
      except,
      "message:new",
      forAgents(message)
    )
  }

  publishTicketCreated(ticket: WireTicket): void {
    this.toAgents(channelRoom(ticket.channel_id), [], "ticket:created", {
      ticket,
    })
  }

  publishTicketUpdated(
    ticket: WireTicket,
    conversation: WireConversation
  ): void {
    this.toAgents(channelRoom(ticket.channel_id), [], "ticket:updated", {
      ticket,
    })
    this.toVisitors(ticketRoom(ticket.id), [], "ticket:updated", {
      conversation,
    })
  }

  publishAgentJoined(channelId: string | null, event: AgentJoinedEvent): void {
    this.toVisitors(ticketRoom(event.ticket_id), [], "agent:joined", event)
    this.toAgents(channelRoom(channelId), [], "agent:joined", event)
  }
}

/** What a process with neither a socket server nor Redis publishes: nothing. */
export const silentPublisher: RealtimePublisher = {
  publishMessage: () => undefined,
  publishTicketCreated: () => undefined,
  publishTicketUpdated: () => undefined,
  publishAgentJoined: () => undefined,
  refreshAgentRooms: async () => undefined,
}
