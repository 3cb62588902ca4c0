import { MedusaService } from "@medusajs/framework/utils"
import type { HelpdeskModuleOptions } from "../../types/options"
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

  constructor(container: Record<string, unknown>, options: HelpdeskModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService reads every constructor argument
    super(...arguments)
    this.options_ = options
  }

  /** The public backend URL the embed code points at, from the options or MEDUSA_BACKEND_URL. */
  getBackendUrl(): string | undefined {
    const url = this.options_.backendUrl || process.env.MEDUSA_BACKEND_URL
    return url ? url.replace(/\/+$/, "") : undefined
  }
}

export default HelpdeskModuleService
