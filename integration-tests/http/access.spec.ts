import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { startConversationWorkflow } from "../../src/workflows/tickets/workflows/start-conversation"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"

jest.setTimeout(120 * 1000)

const STORE = "https://shop.example.com"
const SUBJECT = "Parcel 4711 never arrived"
const NOTE = "Internal: the courier admits losing it"

type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

/** A logged-in shopper as `POST /auth/customer/emailpass` would issue, plus a publishable key. */
async function createStoreSession(container: MedusaContainer, email: string) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const config = container.resolve("configModule")

  const customer = await customerModule.createCustomers({
    email,
    has_account: true,
  })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = generateJwtToken(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: authIdentity.id,
      app_metadata: { customer_id: customer.id },
    },
    { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
  )
  const salesChannel = await salesChannelModule.createSalesChannels({
    name: "Webshop",
  })
  const apiKey = await apiKeyModule.createApiKeys({
    title: "Storefront",
    type: "publishable",
    created_by: "test",
  })
  await link.create({
    [Modules.API_KEY]: { publishable_key_id: apiKey.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannel.id },
  })
  return {
    customer,
    headers: {
      headers: {
        authorization: `Bearer ${token}`,
        "x-publishable-api-key": apiKey.token,
      },
    },
  }
}

const CHIEF_ID = "user_helpdesk_chief"

// Helpdesk administrators, one by e-mail and one by user id, as medusa-config.ts maps them. Set
// before the runner loads medusa-config (its `env` option comes after), restored after the file.
const previousAdmins = process.env.HELPDESK_ADMINS
process.env.HELPDESK_ADMINS = `Boss@Helpdesk.test, ${CHIEF_ID}`
afterAll(() => {
  if (previousAdmins === undefined) {
    delete process.env.HELPDESK_ADMINS
  } else {
    process.env.HELPDESK_ADMINS = previousAdmins
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let anna: AdminSession
    let marek: AdminSession
    let shopper: Awaited<ReturnType<typeof createStoreSession>>
    let ticketId: string
    let orderId: string
    let draftOrderId: string
    let customerGroupId: string
    let annaChannelId: string

    const ALWAYS_OPEN = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
        d,
        [{ from: "00:00", to: "24:00" }],
      ])
    )

    beforeEach(async () => {
      const container = getContainer()
      anna = await createAdminSession(container, "anna@helpdesk.test")
      marek = await createAdminSession(container, "marek@helpdesk.test")

      // a channel only Anna works, with a ticket and an internal note on it
      const { data } = await api.post(
        "/admin/helpdesk/channels",
        {
          name: "Anna's shop",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
          agent_ids: [anna.user.id],
        },
        anna.headers
      )
      annaChannelId = data.channel.id
      const { result } = await startConversationWorkflow(container).run({
        input: {
          channel_id: data.channel.id,
          name: "Jan Kowalski",
          email: "jan@example.com",
          subject: SUBJECT,
          message: "I ordered last week.",
          client_id: "client-1",
        },
      })
      ticketId = result.ticket.id
      await api.post(
        `/admin/helpdesk/tickets/${ticketId}/messages`,
        { body: NOTE, kind: "note" },
        anna.headers
      )
    })

    const leaks = (data: unknown) => {
      const text = JSON.stringify(data)
      return [SUBJECT, NOTE, ticketId].filter((secret) => text.includes(secret))
    }

    describe("who may see and change a channel", () => {
      let boss: AdminSession
      let chief: AdminSession
      let openChannelId: string

      beforeEach(async () => {
        const container = getContainer()
        boss = await createAdminSession(container, "boss@helpdesk.test")
        // the second administrator is named by user id
        chief = await createAdminSession(
          container,
          "chief@helpdesk.test",
          CHIEF_ID
        )
        const { data } = await api.post(
          "/admin/helpdesk/channels",
          { name: "Everyone's shop", store_url: STORE, agent_ids: [] },
          marek.headers
        )
        openChannelId = data.channel.id
      })

      const agentsOf = async (channelId: string) =>
        (
          await getContainer()
            .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
            .listHelpdeskChannelAgents({ channel_id: channelId })
        )
          .map((a) => a.user_id)
          .sort()
      const status = (p: Promise<{ status: number }>) =>
        p.then((r) => r.status).catch((err) => failure(err).status)

      it("refuses an agent off the list who adds themselves to a channel, with the 404 of a missing channel, and nothing changes", async () => {
        const res = await api
          .post(
            `/admin/helpdesk/channels/${annaChannelId}`,
            { agent_ids: [anna.user.id, marek.user.id], name: "Taken" },
            marek.headers
          )
          .catch(failure)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(
          `Chat channel "${annaChannelId}" was not found.`
        )
        expect(await agentsOf(annaChannelId)).toEqual([anna.user.id])
        const [channel] = await getContainer()
          .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
          .listHelpdeskChannels({ id: annaChannelId })
        expect(channel.name).toBe("Anna's shop")
        expect(
          await status(
            api.get(`/admin/helpdesk/tickets/${ticketId}`, marek.headers)
          )
        ).toBe(404)
      })

      it("refuses that agent the channel's detail, embed code and delete, and leaves it out of the channel list", async () => {
        expect({
          detail: await status(
            api.get(`/admin/helpdesk/channels/${annaChannelId}`, marek.headers)
          ),
          embed: await status(
            api.get(
              `/admin/helpdesk/channels/${annaChannelId}/embed-code`,
              marek.headers
            )
          ),
          delete: await status(
            api.delete(
              `/admin/helpdesk/channels/${annaChannelId}`,
              marek.headers
            )
          ),
        }).toEqual({ detail: 404, embed: 404, delete: 404 })
        const [still] = await getContainer()
          .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
          .listHelpdeskChannels({ id: annaChannelId })
        expect(still).toBeDefined()

        const { data } = await api.get(
          "/admin/helpdesk/channels",
          marek.headers
        )
        expect(data.channels.map((c: { id: string }) => c.id)).toEqual([
          openChannelId,
        ])
        expect(data.count).toBe(1)
      })

      it("lets the channel's own agent change its agents, after which the added agent reads its tickets", async () => {
        const { data } = await api.post(
          `/admin/helpdesk/channels/${annaChannelId}`,
          { agent_ids: [anna.user.id, marek.user.id] },
          anna.headers
        )
        expect(data.channel.agent_ids.sort()).toEqual(
          [anna.user.id, marek.user.id].sort()
        )
        expect(
          await status(
            api.get(`/admin/helpdesk/tickets/${ticketId}`, marek.headers)
          )
        ).toBe(200)
      })

      it("lets anyone change a channel while its list is empty", async () => {
        const { data } = await api.post(
          `/admin/helpdesk/channels/${openChannelId}`,
          { name: "Renamed by Anna" },
          anna.headers
        )
        expect(data.channel.name).toBe("Renamed by Anna")
      })

      it("lets helpdesk administrators, named by e-mail or by user id, see, change and delete every channel, while its tickets still follow the list", async () => {
        for (const admin of [boss, chief]) {
          const { data } = await api.get(
            "/admin/helpdesk/channels",
            admin.headers
          )
          expect(data.channels.map((c: { id: string }) => c.id).sort()).toEqual(
            [annaChannelId, openChannelId].sort()
          )
          expect(
            await status(
              api.get(
                `/admin/helpdesk/channels/${annaChannelId}/embed-code`,
                admin.headers
              )
            )
          ).toBe(200)
          expect(
            await status(
              api.get(`/admin/helpdesk/tickets/${ticketId}`, admin.headers)
            )
          ).toBe(404)
        }
        await api.post(
          `/admin/helpdesk/channels/${annaChannelId}`,
          { agent_ids: [anna.user.id, boss.user.id] },
          boss.headers
        )
        expect(await agentsOf(annaChannelId)).toEqual(
          [anna.user.id, boss.user.id].sort()
        )
        expect(
          await status(
            api.get(`/admin/helpdesk/tickets/${ticketId}`, boss.headers)
          )
        ).toBe(200)
        expect(
          await status(
            api.delete(
              `/admin/helpdesk/channels/${annaChannelId}`,
              chief.headers
            )
          )
        ).toBe(200)
      })

      it("shows an inbox's channels only as far as the user may see them", async () => {
        const [channel] = await getContainer()
          .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
          .listHelpdeskChannels({ id: annaChannelId })
        const channelsOf = async (session: AdminSession) => {
          const { data } = await api.get(
            `/admin/helpdesk/inboxes/${channel.inbox_id}?fields=id,channels.name`,
            session.headers
          )
          return data.inbox.channels.map((c: { name: string }) => c.name)
        }
        expect(await channelsOf(anna)).toEqual(["Anna's shop"])
        expect(await channelsOf(marek)).toEqual([])
        const { data } = await api.get("/admin/helpdesk/inboxes", marek.headers)
        expect(
          data.inboxes.flatMap((i: { channels: { name: string }[] }) =>
            i.channels.map((c) => c.name)
          )
        ).not.toContain("Anna's shop")
      })

      it("hides a deleted channel's tickets from everyone in detail, messages and lists alike", async () => {
        await api.delete(
          `/admin/helpdesk/channels/${annaChannelId}`,
          anna.headers
        )
        for (const session of [anna, marek]) {
          expect({
            detail: await status(
              api.get(`/admin/helpdesk/tickets/${ticketId}`, session.headers)
            ),
            messages: await status(
              api.get(
                `/admin/helpdesk/tickets/${ticketId}/messages`,
                session.headers
              )
            ),
            listed: (
              await api.get("/admin/helpdesk/tickets", session.headers)
            ).data.tickets.some((t: { id: string }) => t.id === ticketId),
          }).toEqual({ detail: 404, messages: 404, listed: false })
        }
      })
    })

    describe("the helpdesk's own ticket routes", () => {
      /** a ticket Marek may work, sharing an inbox, a team, a tag and a project with Anna's */
      let marekTicketId: string
      beforeEach(async () => {
        const container = getContainer()
        const helpdesk =
          container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
        const { data } = await api.post(
          "/admin/helpdesk/channels",
          { name: "Everyone's shop", store_url: STORE, agent_ids: [] },
          marek.headers
        )
        const { result } = await startConversationWorkflow(container).run({
          input: {
            channel_id: data.channel.id,
            name: "Ewa",
            email: "ewa@example.com",
            subject: "A question",
            message: "Hello",
            client_id: "client-2",
          },
        })
        marekTicketId = result.ticket.id
        const [annaTicket] = await helpdesk.listHelpdeskTickets({
          id: ticketId,
        })
        const tag = await helpdesk.createHelpdeskTags({ name: "vip" })
        const team = await helpdesk.createHelpdeskTeams({ name: "Support" })
        const project = await helpdesk.createHelpdeskProjects({
          name: "Couriers",
        })
        for (const id of [ticketId, marekTicketId]) {
          await helpdesk.updateHelpdeskTickets({
            id,
            inbox_id: annaTicket.inbox_id,
            team_id: team.id,
          })
          await helpdesk.createHelpdeskTicketTags({
            ticket_id: id,
            tag_id: tag.id,
          })
          await helpdesk.createHelpdeskTasks({
            title: `Task of ${id}`,
            ticket_id: id,
            project_id: project.id,
          })
        }
      })

      const pivots = [
        "inbox.id,inbox.tickets.id,inbox.tickets.subject",
        "team.id,team.tickets.id,team.tickets.messages.body",
        "tags.id,tags.tickets.id,tags.tickets.subject",
        "channel.id,channel.inbox.id,channel.inbox.tickets.subject",
        "tasks.id,tasks.project.id,tasks.project.tasks.id,tasks.project.tasks.ticket.id",
        "tasks.id,tasks.ticket.id,tasks.ticket.messages.body",
        "*inbox,*inbox.tickets",
      ]

      it("refuses fields that pivot from an accessible ticket through its inbox, team, tags or tasks to other channels' tickets", async () => {
        const answers: Record<string, unknown> = {}
        for (const fields of pivots) {
          const res = await api
            .get(
              `/admin/helpdesk/tickets/${marekTicketId}?fields=${encodeURIComponent(fields)}`,
              marek.headers
            )
            .catch(failure)
          answers[fields] = { status: res.status, leaks: leaks(res.data) }
        }
        expect(answers).toEqual(
          Object.fromEntries(pivots.map((f) => [f, { status: 400, leaks: [] }]))
        )
      })

      it("refuses such fields on an update before anything is written", async () => {
        const res = await api
          .post(
            `/admin/helpdesk/tickets/${marekTicketId}?fields=inbox.tickets.subject`,
            { priority: "urgent" },
            marek.headers
          )
          .catch(failure)
        expect(res.status).toBe(400)
        const [ticket] = await getContainer()
          .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
          .listHelpdeskTickets({ id: marekTicketId })
        expect(ticket.priority).not.toBe("urgent")
      })

      it("still expands a relation's own columns", async () => {
        const { data } = await api.get(
          `/admin/helpdesk/tickets/${marekTicketId}?fields=id,inbox.name,*tags,tasks.title,team.*`,
          marek.headers
        )
        expect(data.ticket).toEqual(
          expect.objectContaining({
            inbox: expect.objectContaining({ name: expect.any(String) }),
            tags: [expect.objectContaining({ name: "vip" })],
            tasks: [{ title: `Task of ${marekTicketId}` }],
            team: expect.objectContaining({ name: "Support" }),
          })
        )
        expect(leaks(data)).toEqual([])
      })
    })

    describe("Medusa's own routes and the module links", () => {
      beforeEach(async () => {
        const container = getContainer()
        shopper = await createStoreSession(container, "jan@example.com")
        await container
          .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
          .updateHelpdeskTickets({
            id: ticketId,
            customer_id: shopper.customer.id,
          })

        // an order, a draft order and a return of the shopper, the order linked to the ticket
        const orderModule = container.resolve(Modules.ORDER)
        const [order, draft] = await orderModule.createOrders([
          {
            email: "jan@example.com",
            currency_code: "eur",
            customer_id: shopper.customer.id,
          },
          {
            email: "jan@example.com",
            currency_code: "eur",
            customer_id: shopper.customer.id,
            status: "draft",
          },
        ])
        // creation takes no draft flag; an update does
        await orderModule.updateOrders(draft.id, { is_draft_order: true })
        orderId = order.id
        draftOrderId = draft.id
        await orderModule.createReturns({ order_id: orderId })
        await container.resolve(ContainerRegistrationKeys.LINK).create([
          {
            [HELPDESK_MODULE]: { helpdesk_ticket_id: ticketId },
            [Modules.ORDER]: { order_id: orderId },
          },
          {
            [HELPDESK_MODULE]: { helpdesk_ticket_id: ticketId },
            [Modules.ORDER]: { order_id: draftOrderId },
          },
        ])

        const customerModule = container.resolve(Modules.CUSTOMER)
        const group = await customerModule.createCustomerGroups({
          name: "Regulars",
        })
        customerGroupId = group.id
        await customerModule.addCustomerToGroup({
          customer_id: shopper.customer.id,
          customer_group_id: group.id,
        })
      })

      it("links the ticket to the order through Medusa's link service, so the cases below have something to find", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "helpdesk_tickets.subject"],
          filters: { id: orderId },
        })
        expect(data[0].helpdesk_tickets).toEqual([
          expect.objectContaining({ subject: SUBJECT }),
        ])
      })

      const adminPaths = () => [
        `/admin/orders/${orderId}?fields=id,helpdesk_tickets.messages.body`,
        `/admin/orders/${orderId}?fields=*helpdesk_tickets`,
        `/admin/orders/${orderId}?fields=helpdesk_tickets.subject`,
        `/admin/orders/${orderId}?fields=%2Bhelpdesk_tickets.subject`,
        `/admin/orders/${orderId}?fields=helpdesk_tickets.*`,
        `/admin/orders/${orderId}?fields=helpdesk_ticket_link.helpdesk_ticket.messages.body`,
        `/admin/orders/${orderId}?fields[]=id&fields[]=HELPDESK_TICKETS.subject`,
        `/admin/orders?fields=id,helpdesk_tickets.messages.body`,
        `/admin/orders?fields=*helpdesk_tickets`,
        `/admin/orders?fields=helpdesk_tickets.subject`,
        `/admin/orders?order=helpdesk_tickets.subject`,
        `/admin/orders?helpdesk_tickets[subject]=${encodeURIComponent(SUBJECT)}`,
        `/admin/customers/${shopper.customer.id}?fields=*helpdesk_tickets`,
        `/admin/customers?fields=helpdesk_tickets.messages.body`,
        `/admin/returns?fields=order.helpdesk_tickets.*`,
        `/admin/returns?fields=order.helpdesk_tickets.messages.body`,
        `/admin/claims?fields=order.helpdesk_tickets.subject`,
        `/admin/exchanges?fields=order.helpdesk_tickets.subject`,
        `/admin/draft-orders/${draftOrderId}?fields=helpdesk_tickets.messages.body`,
        `/admin/draft-orders?fields=*helpdesk_tickets`,
        `/admin/customer-groups/${customerGroupId}?fields=customers.helpdesk_tickets.subject`,
        `/admin/search?entity=helpdesk_ticket&q=parcel`,
      ]

      it("refuses every admin route whose fields, order or filters name the helpdesk's link aliases, with a 400 pointing to the helpdesk API", async () => {
        const answers: Record<string, unknown> = {}
        for (const path of adminPaths()) {
          const res = await api.get(path, marek.headers).catch(failure)
          answers[path] = {
            status: res.status,
            leaks: leaks(res.data),
            points: /\/admin\/helpdesk\/tickets/.test(
              (res.data as { message?: string }).message ?? ""
            ),
          }
        }
        expect(answers).toEqual(
          Object.fromEntries(
            adminPaths().map((p) => [
              p,
              { status: 400, leaks: [], points: true },
            ])
          )
        )
      })

      it("refuses the same for store routes: a shopper's orders and profile carry no tickets", async () => {
        const paths = [
          `/store/orders/${orderId}?fields=*helpdesk_tickets`,
          `/store/orders?fields=helpdesk_tickets.messages.body`,
          `/store/customers/me?fields=helpdesk_tickets.subject`,
          `/store/customers/me?fields=orders.helpdesk_tickets.subject`,
        ]
        const answers: Record<string, unknown> = {}
        for (const path of paths) {
          const res = await api.get(path, shopper.headers).catch(failure)
          answers[path] = { status: res.status, leaks: leaks(res.data) }
        }
        expect(answers).toEqual(
          Object.fromEntries(paths.map((p) => [p, { status: 400, leaks: [] }]))
        )
      })

      it("keeps wildcards and default fields of the order, customer, return and draft order routes free of ticket data", async () => {
        const paths = [
          `/admin/orders/${orderId}`,
          `/admin/orders/${orderId}?fields=*`,
          `/admin/orders?fields=*`,
          `/admin/customers/${shopper.customer.id}?fields=*`,
          `/admin/returns?fields=*order`,
          `/admin/returns?fields=*,order.*`,
          `/admin/draft-orders/${draftOrderId}`,
          `/admin/draft-orders?fields=*`,
          `/admin/customer-groups/${customerGroupId}?fields=*customers`,
        ]
        const answers: Record<string, unknown> = {}
        for (const path of paths) {
          const res = await api.get(path, marek.headers).catch(failure)
          answers[path] = {
            status: res.status,
            leaks: leaks(res.data),
            helpdesk: JSON.stringify(res.data).includes("helpdesk"),
          }
        }
        expect(answers).toEqual(
          Object.fromEntries(
            paths.map((p) => [p, { status: 200, leaks: [], helpdesk: false }])
          )
        )
        // the wildcard reached the order itself: the route answered with real data
        const { data } = await api.get(
          `/admin/returns?fields=*order`,
          marek.headers
        )
        expect(data.returns[0].order.id).toBe(orderId)
      })

      it("still lists the order's tickets through the helpdesk API for an agent of the channel, and not for one off it", async () => {
        const forAnna = await api.get(
          `/admin/helpdesk/tickets?order_id=${orderId}`,
          anna.headers
        )
        expect(forAnna.data.tickets.map((t: { id: string }) => t.id)).toEqual([
          ticketId,
        ])
        const forMarek = await api.get(
          `/admin/helpdesk/tickets?order_id=${orderId}`,
          marek.headers
        )
        expect(forMarek.data.tickets).toEqual([])
        const customerTickets = await api.get(
          `/admin/helpdesk/tickets?customer_id=${shopper.customer.id}`,
          marek.headers
        )
        expect(customerTickets.data.tickets).toEqual([])
      })
    })
  },
})
