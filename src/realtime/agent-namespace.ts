import type { Logger } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"
import type {
  RealtimeError,
  ReplayAck,
  SendAck,
  TypingAck,
} from "../types/realtime"
import { sendMessageWorkflow } from "../workflows/messages/workflows/send-message"
import { ticketNotFound } from "../workflows/tickets/utils/retrieve-ticket"
import { isTransientDatabaseError, reportFailure } from "./errors"
import { retryTransient } from "./group-commit"
import { enforceLimit } from "./limits"
import {
  agentFirstName,
  forAgents,
  replayMessages,
  toWireMessage,
} from "../publisher/serialize"
import type { Realtime } from "./server"
import {
  AgentReplay,
  AgentSend,
  AgentTyping,
  AgentWatch,
  describeIssue,
} from "./validators"

export type AgentClaims = { u: string; exp: number }

/** Counts an agent's message or note, socket and HTTP alike. */
export async function limitAgentMessage(
  realtime: Realtime,
  userId: string
): Promise<void> {
  await enforceLimit(realtime, "agentMessages", userId)
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

export function registerAgentNamespace(realtime: Realtime): void {
  const nsp = realtime.agents
  const helpdesk = () =>
    realtime.container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const logger = () =>
    realtime.container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const failure = (event: string, ticketId: string | null, err: unknown) =>
    reportFailure(
      logger(),
      { namespace: "agent", event, ticket_id: ticketId },
      err
    )
  /** The ticket a payload names, for the log line of a failure. */
  const ticketOf = (payload: unknown): string | null => {
    const id = (payload as { ticket_id?: unknown } | null)?.ticket_id
    return typeof id === "string" ? id.slice(0, 64) : null
  }

  nsp.use(async (socket, next) => {
    const claims = helpdesk().verifyToken<AgentClaims>(
      "agent",
      socket.handshake.auth?.token
    )
    if (!claims) {
      return next(
        Object.assign(new Error("unauthorized"), {
          data: { code: "unauthorized" },
        })
      )
    }
    try {
      socket.data = { user_id: claims.u }
      const channelIds = await helpdesk().listAccessibleChannelIds(claims.u)
      await socket.join([
        `user:${claims.u}`,
        "channel:none",
        ...channelIds.map((id) => `channel:${id}`),
      ])
      next()
    } catch (err) {
      const error = failure("connect", null, err)
      next(
        Object.assign(new Error("internal"), {
          data: { code: "internal", error_id: error.error_id },
        })
      )
    }
  })

  nsp.on("connection", (socket) => {
    const userId = socket.data.user_id
    const assertAccess = async (ticketId: string) => {
      if (!(await helpdesk().canAccessTicket(userId, ticketId))) {
        throw ticketNotFound(ticketId)
      }
    }

    socket.on("message:send", async (payload, ack) => {
      const reply: (res: SendAck) => void =
        typeof ack === "function" ? ack : () => undefined
      try {
        const parsed = AgentSend.safeParse(payload)
        if (!parsed.success) {
          throw invalid(describeIssue(parsed.error))
        }
        await limitAgentMessage(realtime, userId)
        // idempotent on client_id, so a run cut off by the database is simply run again
        const { result } = await retryTransient(
          () =>
            sendMessageWorkflow(realtime.container).run({
              input: {
                ticket_id: parsed.data.ticket_id,
                client_id: parsed.data.client_id,
                body: parsed.data.body,
                attachment_ids: parsed.data.attachment_ids,
                kind: parsed.data.kind ?? "message",
                author_type: "agent",
                author_id: userId,
                except_socket_id: socket.id,
              },
            }),
          isTransientDatabaseError
        )
        reply({
          ok: true,
          message: forAgents(
            await toWireMessage(realtime.container, result.message)
          ),
        })
      } catch (err) {
        reply({
          ok: false,
          error: failure("message:send", ticketOf(payload), err),
        })
      }
    })

    socket.on("replay", async (payload, ack) => {
      const reply: (res: ReplayAck) => void =
        typeof ack === "function" ? ack : () => undefined
      try {
        const parsed = AgentReplay.safeParse(payload)
        if (!parsed.success) {
          throw invalid(describeIssue(parsed.error))
        }
        await enforceLimit(realtime, "replays", `agent:${userId}`)
        await assertAccess(parsed.data.ticket_id)
        const messages = await replayMessages(
          realtime.container,
          parsed.data.ticket_id,
          parsed.data.after_seq,
          { includeNotes: true }
        )
        reply({ ok: true, messages: messages.map(forAgents) })
      } catch (err) {
        reply({ ok: false, error: failure("replay", ticketOf(payload), err) })
      }
    })

    socket.on("typing", async (payload, ack) => {
      const reply: (res: TypingAck) => void =
        typeof ack === "function" ? ack : () => undefined
      try {
        const parsed = AgentTyping.safeParse(payload)
        if (!parsed.success) {
          throw invalid(describeIssue(parsed.error))
        }
        await enforceLimit(realtime, "typing", socket.id, { local: true })
        await assertAccess(parsed.data.ticket_id)
        realtime.publishTyping(
          {
            ticket_id: parsed.data.ticket_id,
            author_type: "agent",
            name: await agentFirstName(realtime.container, userId),
            typing: parsed.data.typing,
          },
          socket.id
        )
        reply({ ok: true })
      } catch (err) {
        // a ticket without access gets no indicator, and the same answer as a missing one;
        // anything unexpected is logged with the id the answer carries
        reply({ ok: false, error: failure("typing", ticketOf(payload), err) })
      }
    })

    socket.on("ticket:watch", async (payload, ack) => {
      const reply: (res: { ok: boolean; error?: RealtimeError }) => void =
        typeof ack === "function" ? ack : () => undefined
      try {
        const parsed = AgentWatch.safeParse(payload)
        if (!parsed.success) {
          throw invalid(describeIssue(parsed.error))
        }
        await assertAccess(parsed.data.ticket_id)
        await socket.join(`ticket:${parsed.data.ticket_id}`)
        reply({ ok: true })
      } catch (err) {
        reply({
          ok: false,
          error: failure("ticket:watch", ticketOf(payload), err),
        })
      }
    })

    socket.on("ticket:unwatch", async (payload) => {
      const parsed = AgentWatch.safeParse(payload)
      if (!parsed.success) {
        return
      }
      try {
        await socket.leave(`ticket:${parsed.data.ticket_id}`)
      } catch (err) {
        failure("ticket:unwatch", parsed.data.ticket_id, err)
      }
    })
  })
}
