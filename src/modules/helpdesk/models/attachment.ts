import { model } from "@medusajs/framework/utils"
import {
  ATTACHMENT_MIME_TYPES,
  ATTACHMENT_UPLOADERS,
} from "../../../types/attachment"

/** A file put into a conversation; its bytes live in Medusa's File module. */
export const Attachment = model
  .define("helpdesk_attachment", {
    id: model.id({ prefix: "hdatt" }).primaryKey(),
    ticket_id: model.text(),
    // null until the message carrying it is sent; a message takes an attachment once
    message_id: model.text().nullable(),
    // the File module's id of the stored bytes
    file_id: model.text(),
    // the sender's file name, shown as text
    name: model.text(),
    // read from the content's first bytes, never from the name or the declared type
    mime_type: model.enum([...ATTACHMENT_MIME_TYPES]),
    // bytes
    size: model.number(),
    uploaded_by_type: model.enum([...ATTACHMENT_UPLOADERS]),
    // user id for agents, null for the shopper
    uploaded_by_id: model.text().nullable(),
  })
  .indexes([
    { on: ["ticket_id", "created_at"] },
    { on: ["message_id"], where: "message_id IS NOT NULL" },
  ])
