import type { Logger } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import type { ReplayAck, SendAck, TypingAck } from "../types/realtime"
import { isOriginAllowed } from "../utils/channel-origins"
import { reportFailure, toRealtimeError } from "./errors"
import { enforceLimit } from "./limits"
import { replayMessages, toWireMessage } from "../publisher/serialize"
import type { Realtime } from "./server"
import { visitorMessageSender } from "./visitor-sends"
import { visitorSeenMarks } from "./visitor-seen"
import {
  describeIssue,
  VisitorReplay,
  VisitorSeen,
  VisitorSend,
  VisitorTyping,
} from "./validators"

export type VisitorClaims = { t: string; c: string | null; n?: string | null }

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

// The token's signature names it; the whole token would make long keys.
const tokenKey = (token: string) => token.slice(-43)

/** Counts a message against the visitor token's rate limit, HTTP and socket alike. */
export async function limitVisitorMessage(
  realtime: Realtime,
  token: string
): Promise<void> {
  await enforceLimit(realtime, "messages", tokenKey(token))
}

/** Counts a replay against the visitor token's rate limit, HTTP and socket alike. */
export async function limitVisitorReplay(
  realtime: Realtime,
  token: string
): Promise<void> {
  await enforceLimit(realtime, "replays", `visitor:${tokenKey(token)}`)
}

/**
 * Runs a ticket's sends one after another, in the order they arrived: a widget that sends
 * several messages without waiting must see them stored in that order.
 */
class PerTicketQueue {
  private readonly tails = new Map<string, Promise<void>>()

  run(ticketId: string, task: () => Promise<void>): void {
    const previous = this.tails.get(ticketId) ?? Promise.resolve()
    const next = previous.then(task, task)
    this.tails.set(ticketId, next)
    void next.finally(() => {
      if (this.tails.get(ticketId) === next) {
        this.tails.delete(ticketId)
      }
    })
  }
}

export function registerVisitorNamespace(realtime: Realtime): void {
  const nsp = realtime.visitors
  const queue = new PerTicketQueue()
  const sender = visitorMessageSender(realtime)
  const seen = visitorSeenMarks(realtime)
  const helpdesk = () =>
    realtime.container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const logger = () =>
    realtime.container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const failure = (event: string, ticketId: string | null, err: unknown) =>
    reportFailure(
      logger(),
      { namespace: "visitor", event, ticket_id: ticketId },
      err
    )

  // A visitor token opens exactly one conversation, and only from its channel's store.
  nsp.use(async (socket, next) => {
    const token: unknown = socket.handshake.auth?.token
    const claims = helpdesk().verifyToken<VisitorClaims>("visitor", token)
    if (!claims) {
      return next(
        Object.assign(new Error("unauthorized"), {
          data: { code: "unauthorized" },
        })
      )
    }
    try {
      if (
        claims.c &&
        !(await isOriginAllowed(
          realtime.container,
          claims.c,
          socket.handshake.headers.origin
        ))
      ) {
        return next(
          Object.assign(new Error("origin not allowed"), {
            data: { code: "unauthorized" },
          })
        )
      }
    } catch (err) {
      const error = failure("connect", claims.t, err)
      return next(
        Object.assign(new Error("internal"), {
          data: { code: "internal", error_id: error.error_id },
        })
      )
    }
    socket.data = {
      ticket_id: claims.t,
      channel_id: claims.c,
      token: token as string,
      name: claims.n ?? null,
    }
    await socket.join(`ticket:${claims.t}`)
    next()
  })

  nsp.on("connection", (socket) => {
    const { ticket_id } = socket.data

    socket.on("message:send", (payload, ack) => {
      const reply: (res: SendAck) => void =
        typeof ack === "function" ? ack : () => undefined
      const fail = (err: unknown) =>
        reply({ ok: false, error: failure("message:send", ticket_id, err) })
      // The queue keeps the socket's order up to the hand-over to the sender, which stores
      // messages in the order handed over.
      queue.run(ticket_id, async () => {
        if (socket.disconnected) {
          // the widget resends everything unacknowledged when it reconnects
          return
        }
        try {
          const parsed = VisitorSend.safeParse(payload)
          if (!parsed.success) {
            throw invalid(describeIssue(parsed.error))
          }
          await limitVisitorMessage(realtime, socket.data.token)
          void sender
            .submit({
              ticket_id,
              client_id: parsed.data.client_id,
              body: parsed.data.body,
              attachment_ids: parsed.data.attachment_ids,
              except_socket_id: socket.id,
            })
            .then(
              async (result) =>
                reply({
                  ok: true,
                  message: await toWireMessage(
                    realtime.container,
                    result.message
                  ),
                }),
              fail
            )
        } catch (err) {
          fail(err)
        }
      })
    })

    socket.on("replay", async (payload, ack) => {
      const reply: (res: ReplayAck) => void =
        typeof ack === "function" ? ack : () => undefined
      try {
        const parsed = VisitorReplay.safeParse(payload)
        if (!parsed.success) {
          throw invalid(describeIssue(parsed.error))
        }
        await limitVisitorReplay(realtime, socket.data.token)
        // asking for what follows after_seq says the widget holds everything up to it
        if (parsed.data.after_seq > 0) {
          seen.mark(ticket_id, parsed.data.after_seq)
        }
        const messages = await replayMessages(
          realtime.container,
          ticket_id,
          parsed.data.after_seq
        )
        reply({ ok: true, messages })
      } catch (err) {
        reply({ ok: false, error: failure("replay", ticket_id, err) })
      }
    })

    socket.on("seen", (payload) => {
      // no answer and no limit: a mark only moves forward, and a ticket is written at most
      // once a second however often its widget says so
      const parsed = VisitorSeen.safeParse(payload)
      if (parsed.success) {
        seen.mark(ticket_id, parsed.data.seq)
      }
    })

    socket.on("typing", async (payload, ack) => {
      const reply: (res: TypingAck) => void =
        typeof ack === "function" ? ack : () => undefined
      const parsed = VisitorTyping.safeParse(payload)
      if (!parsed.success) {
        return reply({
          ok: false,
          error: toRealtimeError(invalid(describeIssue(parsed.error))),
        })
      }
      try {
        await enforceLimit(realtime, "typing", socket.id, { local: true })
      } catch (err) {
        return reply({ ok: false, error: toRealtimeError(err) })
      }
      try {
        realtime.publishTyping(
          {
            ticket_id,
            author_type: "customer",
            name: socket.data.name,
            typing: parsed.data.typing,
          },
          socket.id
        )
        reply({ ok: true })
      } catch (err) {
        reply({ ok: false, error: failure("typing", ticket_id, err) })
      }
    })
  })
}
