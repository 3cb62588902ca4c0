import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import {
  TICKET_LIST_ORDERS,
  TICKET_VIEWS,
} from "../../../../modules/helpdesk/utils/ticket-search"
import {
  afterSeq,
  clientId,
  messageBody,
  messageContent,
  requireBodyOrAttachments,
} from "../../../../realtime/validators"
import {
  createListParams,
  fieldsWithin,
  oneOf,
  oneOrMany,
} from "../../../utils/query-params"
import {
  allowedAdminTicketFields,
  allowedAdminTicketListFields,
} from "./query-config"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../../../types/ticket"
import {
  SENTIMENT_FLAGS,
  SENTIMENT_LABELS,
  TOPIC_IDS,
} from "../../../../types/classification"

export const AdminPostTicketMessage = z
  .strictObject({
    ...messageContent,
    kind: z.enum(["message", "note"]).optional(),
    client_id: clientId.optional(),
  })
  .superRefine(requireBodyOrAttachments)
export type AdminPostTicketMessageType = z.infer<typeof AdminPostTicketMessage>

export const AdminGetTicketMessages = z.object({
  after_seq: z.preprocess(
    (value) => (value === undefined ? 0 : Number(value)),
    afterSeq
  ),
})
export type AdminGetTicketMessagesType = z.infer<typeof AdminGetTicketMessages>

export const AdminGetTicketParams = createSelectParams().extend({
  fields: fieldsWithin(allowedAdminTicketFields, "a ticket"),
})
export type AdminGetTicketParamsType = z.infer<typeof AdminGetTicketParams>

export const AdminGetTicketsParams = createListParams({ limit: 20 }).extend({
  fields: fieldsWithin(allowedAdminTicketListFields, "a ticket in the list"),
  order: z
    .enum(TICKET_LIST_ORDERS, {
      message: `order must be one of ${TICKET_LIST_ORDERS.join(", ")}.`,
    })
    .optional(),
  view: z
    .enum(TICKET_VIEWS, {
      message: `view must be one of ${TICKET_VIEWS.join(", ")}.`,
    })
    .optional(),
  q: z.string().max(500).optional(),
  status: oneOrMany(oneOf(TICKET_STATUSES, "status")),
  priority: oneOrMany(oneOf(TICKET_PRIORITIES, "priority")),
  // a user id, or "none" for tickets nobody is assigned to
  assignee_id: z.string().min(1).optional(),
  channel_id: oneOrMany(z.string().min(1)),
  inbox_id: oneOrMany(z.string().min(1)),
  tag_id: oneOrMany(z.string().min(1)),
  team_id: oneOrMany(z.string().min(1)),
  customer_id: oneOrMany(z.string().min(1)),
  sentiment: oneOrMany(oneOf(SENTIMENT_LABELS, "sentiment")),
  sentiment_flag: oneOrMany(oneOf(SENTIMENT_FLAGS, "sentiment_flag")),
  context: oneOrMany(oneOf(TOPIC_IDS, "context")),
  email: z.string().trim().min(1).max(320).optional(),
  order_id: z.string().min(1).optional(),
  // the numbers agents quote ("#1042"), with or without the hash
  number: oneOrMany(
    z.custom<string>(
      (value) =>
        typeof value === "string" &&
        /^#?\d{1,10}$/.test(value) &&
        Number(value.replace("#", "")) <= 2147483647,
      { message: "number must be a ticket number, like 1042." }
    )
  ),
})
export type AdminGetTicketsParamsType = z.infer<typeof AdminGetTicketsParams>

const optionalId = (name: string) =>
  z.string().min(1, { message: `${name} must not be empty.` })

export const AdminUpdateTicket = z.strictObject({
  status: z
    .enum(TICKET_STATUSES, {
      message: `status must be one of ${TICKET_STATUSES.join(", ")}.`,
    })
    .optional(),
  priority: z
    .enum(TICKET_PRIORITIES, {
      message: `priority must be one of ${TICKET_PRIORITIES.join(", ")}.`,
    })
    .optional(),
  assignee_id: optionalId("assignee_id").nullable().optional(),
  team_id: optionalId("team_id").nullable().optional(),
  inbox_id: optionalId("inbox_id").optional(),
  tag_ids: z.array(optionalId("tag_ids[]")).max(100).optional(),
  follower_ids: z.array(optionalId("follower_ids[]")).max(100).optional(),
  // set by hand, later messages leave it; null hands it back to the classifier
  sentiment: z
    .enum(SENTIMENT_LABELS, {
      message: `sentiment must be one of ${SENTIMENT_LABELS.join(", ")}, or null to let the classifier set it.`,
    })
    .nullable()
    .optional(),
  context: z
    .enum(TOPIC_IDS, {
      message: `context must be one of ${TOPIC_IDS.join(", ")}, or null to let the classifier set it.`,
    })
    .nullable()
    .optional(),
})
export type AdminUpdateTicketType = z.infer<typeof AdminUpdateTicket>

export const AdminCreateTicket = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.email({
        message: "email must be a valid e-mail address, like jan@example.com.",
      })
    ),
  name: z.string().trim().max(200).nullish(),
  subject: z
    .string()
    .trim()
    .min(1, { message: "subject must not be empty." })
    .max(200),
  message: messageBody,
  channel_id: z.string().min(1).nullish(),
})
export type AdminCreateTicketType = z.infer<typeof AdminCreateTicket>

export const AdminCloseTicket = z.strictObject({})
export const AdminAddTicketContact = z.strictObject({})

export const AdminSkipAutoresponder = z.strictObject({
  skip: z.boolean().optional(),
})
export type AdminSkipAutoresponderType = z.infer<typeof AdminSkipAutoresponder>

export const AdminGetTicketOrders = z.object({
  refresh: z
    .enum(["true", "false"], {
      message: "refresh must be true or false.",
    })
    .optional()
    .transform((value) => value === "true"),
})
export type AdminGetTicketOrdersType = z.infer<typeof AdminGetTicketOrders>

export const AdminLinkTicketOrder = z.strictObject({
  order_id: z
    .string({ message: "order_id must be an order's id or number." })
    .trim()
    // a custom check: Medusa words its own "too small" over the message given to min()
    .refine((value) => value.length > 0 && value.length <= 100, {
      message: "order_id must be an order's id or number.",
    }),
})
export type AdminLinkTicketOrderType = z.infer<typeof AdminLinkTicketOrder>
