import { model } from "@medusajs/framework/utils"
import { SENTIMENT_LABELS } from "../../../types/classification"
import { AUTHOR_TYPES, MESSAGE_KINDS } from "../../../types/ticket"
import { Ticket } from "./ticket"

export const Message = model
  .define("helpdesk_message", {
    id: model.id({ prefix: "hdm" }).primaryKey(),
    // 1, 2, 3… per ticket without gaps; clients replay with after_seq
    seq: model.number(),
    // idempotency key chosen by the sender; a resend with the same key stores nothing new
    client_id: model.text().nullable(),
    author_type: model.enum([...AUTHOR_TYPES]),
    // user id for agents, null for the shopper and the system
    author_id: model.text().nullable(),
    // plain text, never HTML
    body: model.text(),
    // message: seen by both sides; event: system line ("Anna joined"); note: agents only
    kind: model.enum([...MESSAGE_KINDS]).default("message"),
    // the classifier's labels for a shopper's message; null until it has been read
    sentiment: model.enum([...SENTIMENT_LABELS]).nullable(),
    // urgent / threatening / offensive
    sentiment_flags: model.array().nullable(),
    // [{ id, confidence }], most likely first
    topics: model.json().nullable(),
    language: model.text().nullable(),
    // the classifier that answered, e.g. "builtin@1"
    classified_by: model.text().nullable(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "messages" }),
  })
  .indexes([
    { on: ["ticket_id", "seq"], unique: true, where: null },
    {
      on: ["ticket_id", "client_id"],
      unique: true,
      where: "client_id IS NOT NULL",
    },
  ])
