import { model } from "@medusajs/framework/utils"
import {
  AUTHOR_TYPES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../types/ticket"
import { AutomationRun } from "./automation-run"
import { Channel } from "./channel"
import { Inbox } from "./inbox"
import { Message } from "./message"
import { Tag } from "./tag"
import { Task } from "./task"
import { Team } from "./team"
import { TicketFollower } from "./ticket-follower"
import { TicketTag } from "./ticket-tag"

export const Ticket = model
  .define("helpdesk_ticket", {
    id: model.id({ prefix: "hdt" }).primaryKey(),
    // the number agents quote ("#1042"); ids stay internal
    number: model.autoincrement(),
    subject: model.text().searchable(),
    status: model.enum([...TICKET_STATUSES]).default("new"),
    priority: model.enum([...TICKET_PRIORITIES]).default("normal"),
    customer_name: model.text().searchable().nullable(),
    // always lower-cased, so orders and contacts match by equality
    customer_email: model.text().searchable(),
    // the Medusa customer, once the shopper is identified
    customer_id: model.text().nullable(),
    // Medusa user working the ticket
    assignee_id: model.text().nullable(),
    // the channel's name when the ticket was created, as Responso shows it
    seller_login: model.text().nullable(),
    last_message_at: model.dateTime().nullable(),
    last_message_author: model.enum([...AUTHOR_TYPES]).nullable(),
    // positive / neutral / negative: the latest shopper message's, except that negative stays
    // until an agent changes it; an agent may set it by hand
    sentiment: model.text().nullable(),
    // urgent / threatening / offensive seen in the shopper's messages since an agent last set
    // the sentiment
    sentiment_flags: model.array().nullable(),
    // the agent who set the sentiment by hand (then later messages leave it), else null
    sentiment_set_by: model.text().nullable(),
    // the topic, e.g. "refund": the first shopper message's that names one; an agent may set it
    context: model.text().nullable(),
    // the agent who set the context by hand, else null
    context_set_by: model.text().nullable(),
    // set by an agent: the next autoresponse is suppressed, then the flag clears
    skip_next_autoresponder: model.boolean().default(false),
    page_url: model.text().nullable(),
    user_agent: model.text().nullable(),
    locale: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    // when the status last changed: how long a ticket has been pending
    status_changed_at: model.dateTime().nullable(),
    first_response_at: model.dateTime().nullable(),
    // the highest seq a shopper's widget confirmed holding over its socket (every message up to it)
    visitor_seen_seq: model.number().default(0),
    // the highest seq sent to the shopper by e-mail; replies after it may still be e-mailed
    last_emailed_seq: model.number().default(0),
    channel: model.belongsTo(() => Channel, { mappedBy: "tickets" }).nullable(),
    inbox: model.belongsTo(() => Inbox, { mappedBy: "tickets" }).nullable(),
    team: model.belongsTo(() => Team, { mappedBy: "tickets" }).nullable(),
    messages: model.hasMany(() => Message, { mappedBy: "ticket" }),
    tags: model.manyToMany(() => Tag, {
      mappedBy: "tickets",
      pivotEntity: () => TicketTag,
    }),
    followers: model.hasMany(() => TicketFollower, { mappedBy: "ticket" }),
    tasks: model.hasMany(() => Task, { mappedBy: "ticket" }),
    automation_runs: model.hasMany(() => AutomationRun, { mappedBy: "ticket" }),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["status", "last_message_at"] },
    { on: ["assignee_id", "status"] },
    { on: ["channel_id", "status"] },
    { on: ["inbox_id"] },
    { on: ["team_id"] },
    { on: ["customer_email"] },
    { on: ["customer_id"] },
    { on: ["last_message_at"] },
  ])
  .cascades({
    delete: ["messages", "followers", "automation_runs"],
  })
