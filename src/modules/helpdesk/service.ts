import type { ConfigModule, Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { HelpdeskModuleOptions } from "../../types/options"
import type { WireMessage } from "../../types/realtime"
import type { AuthorType, MessageKind } from "../../types/ticket"
import {
  signToken,
  verifyToken,
  type TokenClaims,
  type TokenKind,
} from "./utils/tokens"
import {
  AutomationRule,
  AutomationRun,
  Channel,
  ChannelAgent,
  Contact,
  ExternalOrder,
  Inbox,
  Message,
  Project,
  Tag,
  Task,
  Team,
  TeamMember,
  Ticket,
  TicketFollower,
  TicketTag,
} from "./models"

// Keys equal the models' names in PascalCase: Query calls list<Key>s on the service.
class HelpdeskModuleService extends MedusaService({
  HelpdeskChannel: Channel,
  HelpdeskChannelAgent: ChannelAgent,
  HelpdeskInbox: Inbox,
  HelpdeskTicket: Ticket,
  HelpdeskMessage: Message,
  HelpdeskTag: Tag,
  HelpdeskTicketTag: TicketTag,
  HelpdeskTeam: Team,
  HelpdeskTeamMember: TeamMember,
  HelpdeskTicketFollower: TicketFollower,
  HelpdeskContact: Contact,
  HelpdeskProject: Project,
  HelpdeskTask: Task,
  HelpdeskAutomationRule: AutomationRule,
  HelpdeskAutomationRun: AutomationRun,
  HelpdeskExternalOrder: ExternalOrder,
}) {
  protected readonly options_: HelpdeskModuleOptions
  protected readonly configModule_: ConfigModule | undefined

  constructor(
    container: { configModule?: ConfigModule } & Record<string, unknown>,
    options: HelpdeskModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService reads every constructor argument
    super(...arguments)
    this.options_ = options
    this.configModule_ = container.configModule
  }

  /** The module's options without connection details, safe to read anywhere in the app. */
  getOptions(): Omit<HelpdeskModuleOptions, "secret"> {
    const { secret: _secret, ...rest } = this.options_
    return rest
  }

  /** Origins allowed for every channel, from the options and HELPDESK_ALLOWED_ORIGINS. */
  getExtraAllowedOrigins(): string[] {
    const fromEnv = (process.env.HELPDESK_ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean)
    return [...(this.options_.allowedOrigins ?? []), ...fromEnv].map((o) =>
      o.replace(/\/+$/, "")
    )
  }

  getRedisUrl(): string | undefined {
    return this.options_.redisUrl || process.env.REDIS_URL || undefined
  }

  protected getSecret(): string {
    const jwtSecret = this.configModule_?.projectConfig?.http?.jwtSecret
    const secret =
      this.options_.secret ||
      (typeof jwtSecret === "string" ? jwtSecret : undefined)
    if (!secret) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The helpdesk cannot sign tokens: set projectConfig.http.jwtSecret or the helpdesk option secret."
      )
    }
    return secret
  }

  issueToken(kind: TokenKind, claims: TokenClaims): string {
    return signToken(this.getSecret(), kind, claims)
  }

  verifyToken<T extends TokenClaims>(
    kind: TokenKind,
    token: unknown
  ): T | null {
    return verifyToken<T>(this.getSecret(), kind, token)
  }

  /**
   * Stores a message once per (ticket, client_id) and gives it the ticket's next seq.
   * The ticket row is locked for the insert, so concurrent senders get consecutive seqs
   * and a resend of the same client_id returns the stored message instead of a copy.
   */
  @InjectManager()
  async appendMessage(
    input: AppendMessageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AppendMessageResult> {
    return await this.appendMessage_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async appendMessage_(
    input: AppendMessageInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AppendMessageResult> {
    const manager = sharedContext.transactionManager!
    const knex = manager.getTransactionContext() ?? manager.getKnex()

    const locked = await knex.raw(
      `select id, channel_id from helpdesk_ticket where id = ? and deleted_at is null for update`,
      [input.ticket_id]
    )
    const ticket: AppendedTicket | undefined = locked.rows[0]
    if (!ticket) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Ticket "${input.ticket_id}" was not found.`
      )
    }

    if (input.client_id) {
      const existing = await knex.raw(
        `select ${MESSAGE_COLUMNS} from helpdesk_message where ticket_id = ? and client_id = ? and deleted_at is null`,
        [input.ticket_id, input.client_id]
      )
      if (existing.rows.length) {
        return { message: existing.rows[0], created: false, ticket }
      }
    }

    const kind = input.kind ?? "message"
    const inserted = await knex.raw(
      `insert into helpdesk_message (id, ticket_id, seq, client_id, author_type, author_id, body, kind)
       values (?, ?, (select coalesce(max(seq), 0) + 1 from helpdesk_message where ticket_id = ?), ?, ?, ?, ?, ?)
       returning ${MESSAGE_COLUMNS}`,
      [
        generateEntityId(undefined, "hdm"),
        input.ticket_id,
        input.ticket_id,
        input.client_id ?? null,
        input.author_type,
        input.author_id ?? null,
        input.body,
        kind,
      ]
    )
    const message: StoredMessage = inserted.rows[0]

    if (kind === "message") {
      await knex.raw(
        `update helpdesk_ticket
            set last_message_at = ?, last_message_author = ?, updated_at = now(),
                first_response_at = case when ? and first_response_at is null then ? else first_response_at end
          where id = ?`,
        [
          message.created_at,
          input.author_type,
          input.author_type === "agent",
          message.created_at,
          input.ticket_id,
        ]
      )
    }

    return { message, created: true, ticket }
  }

  /**
   * Ids of the channels a user may work: those listing the user as an agent, and those
   * listing nobody (open to every admin user).
   */
  @InjectManager()
  async listAccessibleChannelIds(
    userId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select c.id from helpdesk_channel c
        where c.deleted_at is null
          and (not exists (select 1 from helpdesk_channel_agent a where a.channel_id = c.id and a.deleted_at is null)
               or exists (select 1 from helpdesk_channel_agent a where a.channel_id = c.id and a.user_id = ? and a.deleted_at is null))`,
      [userId]
    )
    return result.rows.map((r: { id: string }) => r.id)
  }

  /** Whether a user may see a ticket: decided by its channel's agent list alone. */
  @InjectManager()
  async canAccessTicket(
    userId: string,
    ticketId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const result = await knex.raw(
      `select 1 from helpdesk_ticket t
        where t.id = ? and t.deleted_at is null
          and (t.channel_id is null
               or not exists (select 1 from helpdesk_channel_agent a where a.channel_id = t.channel_id and a.deleted_at is null)
               or exists (select 1 from helpdesk_channel_agent a where a.channel_id = t.channel_id and a.user_id = ? and a.deleted_at is null))`,
      [ticketId, userId]
    )
    return result.rows.length > 0
  }

  /** Messages after `afterSeq`, in order; internal notes only when asked for. */
  @InjectManager()
  async listMessagesAfter(
    ticketId: string,
    afterSeq: number,
    {
      includeNotes = false,
      limit = 500,
    }: { includeNotes?: boolean; limit?: number } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<StoredMessage[]> {
    const manager = sharedContext.manager!
    const knex = manager.getKnex()
    const result = await knex.raw(
      `select ${MESSAGE_COLUMNS} from helpdesk_message
        where ticket_id = ? and seq > ? and deleted_at is null ${includeNotes ? "" : "and kind <> 'note'"}
        order by seq asc limit ?`,
      [ticketId, afterSeq, limit]
    )
    return result.rows
  }

  /** The public backend URL the embed code points at, from the options or MEDUSA_BACKEND_URL. */
  getBackendUrl(): string | undefined {
    const url = this.options_.backendUrl || process.env.MEDUSA_BACKEND_URL
    return url ? url.replace(/\/+$/, "") : undefined
  }
}

const MESSAGE_COLUMNS =
  "id, ticket_id, seq, client_id, author_type, author_id, body, kind, created_at"

export type AppendMessageInput = {
  ticket_id: string
  client_id?: string | null
  author_type: AuthorType
  author_id?: string | null
  body: string
  kind?: MessageKind
}

/** The ticket a message went to, read from the row locked for the insert. */
export type AppendedTicket = { id: string; channel_id: string | null }

export type AppendMessageResult = {
  message: StoredMessage
  created: boolean
  ticket: AppendedTicket
}

export type StoredMessage = Omit<WireMessage, "author_name" | "created_at"> & {
  author_id: string | null
  created_at: Date
}

export default HelpdeskModuleService
