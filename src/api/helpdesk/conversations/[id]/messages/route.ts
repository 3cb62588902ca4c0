import type { MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  isTransientDatabaseError,
  RateLimitedError,
  reportFailure,
} from "../../../../../realtime/errors"
import {
  replayMessages,
  toWireMessage,
} from "../../../../../publisher/serialize"
import { getRealtime } from "../../../../../realtime/server"
import { limitVisitorMessage } from "../../../../../realtime/visitor-namespace"
import { visitorMessageSender } from "../../../../../realtime/visitor-sends"
import { visitorSeenMarks } from "../../../../../realtime/visitor-seen"
import type { VisitorRequest } from "../../../middlewares"
import type {
  GetVisitorMessagesType,
  PostVisitorMessageType,
} from "../../../validators"

/** Replay for a widget whose socket is down: everything after the last seq it holds. */
export const GET = async (req: VisitorRequest, res: MedusaResponse) => {
  const { after_seq } = req.validatedQuery as GetVisitorMessagesType
  if (after_seq > 0) {
    // the widget's poll while its socket is down: it holds everything up to after_seq
    visitorSeenMarks(getRealtime(req.scope)).mark(req.params.id, after_seq)
  }
  res.json({
    messages: await replayMessages(req.scope, req.params.id, after_seq),
  })
}

/** The same idempotent send as the socket's message:send, for when the socket is down. */
export const POST = async (req: VisitorRequest, res: MedusaResponse) => {
  const body = req.validatedBody as PostVisitorMessageType
  try {
    await limitVisitorMessage(getRealtime(req.scope), req.visitor!.token)
  } catch (err) {
    if (err instanceof RateLimitedError) {
      res.setHeader("Retry-After", String(err.retryAfter))
      return res
        .status(429)
        .json({ type: "rate_limited", message: err.message })
    }
    throw err
  }

  let result
  try {
    result = await visitorMessageSender(getRealtime(req.scope)).submit({
      ticket_id: req.params.id,
      client_id: body.client_id,
      body: body.body,
      attachment_ids: body.attachment_ids,
    })
  } catch (err) {
    const error = reportFailure(
      req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER),
      { namespace: "http", event: "message:send", ticket_id: req.params.id },
      err
    )
    if (error.code !== "internal") {
      throw err
    }
    // the message is not stored; the widget's outbox sends it again (idempotent on client_id)
    const transient = isTransientDatabaseError(err)
    if (transient) {
      res.setHeader("Retry-After", "5")
    }
    return res.status(transient ? 503 : 500).json({
      type: "unknown_error",
      message: transient
        ? "We could not store your message just now. Please send it again in a few seconds."
        : "We could not store this message. Please try again; if it keeps failing, quote the error id to the shop.",
      error_id: error.error_id,
    })
  }
  res
    .status(result.created ? 201 : 200)
    .json({ message: await toWireMessage(req.scope, result.message) })
}
