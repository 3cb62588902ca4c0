import { MedusaError } from "@medusajs/framework/utils"
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
import { toRealtimeError } from "./errors"
import { enforceLimit } from "./limits"
import { agentFirstName, replayMessages, toWireMessage } from "./serialize"
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
    } catch {
      next(Object.assign(new Error("internal"), { data: { code: "internal" } }))
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
        const { result } = await sendMessageWorkflow(realtime.container).run({
          input: {
            ticket_id: parsed.data.ticket_id,
            client_id: parsed.data.client_id,
            body: parsed.data.body,
            kind: parsed.data.kind ?? "message",
            author_type: "agent",
            author_id: userId,
            except_socket_id: socket.id,
          },
        })
        reply({
          ok: true,
          message: await toWireMessage(realtime.container, result.message),
        })
      } catch (err) {
        reply({ ok: false, error: toRealtimeError(err) })
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
        reply({ ok: true, messages })
      } catch (err) {
        reply({ ok: false, error: toRealtimeError(err) })
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
        // a ticket without access gets no indicator, and the same answer as a missing one
        reply({ ok: false, error: toRealtimeError(err) })
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
        reply({ ok: false, error: toRealtimeError(err) })
      }
    })

    socket.on("ticket:unwatch", async (payload) => {
      const parsed = AgentWatch.safeParse(payload)
      if (parsed.success) {
        await socket.leave(`ticket:${parsed.data.ticket_id}`)
      }
    })
  })
}
