import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  CreateOrderCreditLineDTO,
  CreatePaymentCollectionDTO,
  IEventBusModuleService,
  IOrderModuleService,
} from "@medusajs/framework/types"
import {
  ChangeActionType,
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import { createOrderCreditLinesWorkflow } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../src/types/events"
import type { TicketOrdersResponse } from "../../src/types/orders"
import type { WireMessage } from "../../src/types/realtime"
import { linkTicketOrderWorkflow } from "../../src/workflows/orders/workflows/link-ticket-order"
import { unlinkTicketOrderWorkflow } from "../../src/workflows/orders/workflows/unlink-ticket-order"
import { startConversationWorkflow } from "../../src/workflows/tickets/workflows/start-conversation"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"

jest.setTimeout(120 * 1000)

// Links and unlinks on these tickets fail after every write, to prove the writes are undone.
const ROLLBACK_TICKETS = new Set<string>()
const failAfterWrites = ({ ticket_id }: { ticket_id: string }) => {
  if (ROLLBACK_TICKETS.has(ticket_id)) {
    throw new Error("forced failure after the link was written")
  }
}
linkTicketOrderWorkflow.hooks.orderLinked(failAfterWrites)
unlinkTicketOrderWorkflow.hooks.orderUnlinked(failAfterWrites)

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let anna: AdminSession
    let marek: AdminSession
    /** a channel only Anna works */
    let annaChannel: { id: string }
    /** a Polish channel everyone works */
    let polishChannel: { id: string }
    const events: { name: string; data: unknown }[] = []

    const orders = () =>
      getContainer().resolve<IOrderModuleService>(Modules.ORDER)

    beforeAll(() => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(
        Modules.EVENT_BUS
      )
      for (const name of [
        HelpdeskEvents.TICKET_ORDER_LINKED,
        HelpdeskEvents.TICKET_ORDER_UNLINKED,
      ]) {
        eventBus.subscribe(name, async (event: unknown) => {
          events.push({ name, data: (event as { data: unknown }).data })
        })
      }
    })

    beforeEach(async () => {
      events.splice(0)
      ROLLBACK_TICKETS.clear()
      anna = await createAdminSession(getContainer(), "anna@helpdesk.test")
      marek = await createAdminSession(getContainer(), "marek@helpdesk.test")
      const channel = async (
        name: string,
        agentIds: string[],
        locale = "en"
      ) => {
        const { data } = await api.post(
          "/admin/helpdesk/channels",
          {
            name,
            store_url: STORE,
            opening_hours: ALWAYS_OPEN,
            agent_ids: agentIds,
            locale,
          },
          anna.headers
        )
        return data.channel as { id: string }
      }
      annaChannel = await channel("Anna's shop", [anna.user.id])
      polishChannel = await channel("Sklep PL", [], "pl")
    })

    let clientSeq = 0
    const startTicket = async (
      channelId: string,
      overrides: Partial<{ email: string; customer_id: string }> = {}
    ) => {
      const { result } = await startConversationWorkflow(getContainer()).run({
        input: {
          channel_id: channelId,
          name: "Jan Kowalski",
          email: "jan@example.com",
          subject: "Where is my parcel?",
          message: "I ordered last week.",
          client_id: `client-${++clientSeq}`,
          ...overrides,
        },
      })
      return result.ticket.id
    }

    const createOrder = async (
      email: string,
      data: { customer_id?: string; unit_price?: number } = {}
    ) => {
      const order = await orders().createOrders({
        email,
        customer_id: data.customer_id,
        currency_code: "pln",
        items: [
          {
            title: "Torba płócienna",
            quantity: 2,
            unit_price: data.unit_price ?? 49,
            variant_sku: "BAG-1",
          },
        ],
      })
      return order
    }

    const ticketOrders = async (ticketId: string, session = anna) =>
      (
        await api.get(
          `/admin/helpdesk/tickets/${ticketId}/orders`,
          session.headers
        )
      ).data as TicketOrdersResponse

    const transcript = async (id: string) =>
      (await api.get(`/admin/helpdesk/tickets/${id}/messages`, anna.headers))
        .data.messages as WireMessage[]

    /** the link rows themselves, as Medusa's link table holds them */
    const linkedOrderIds = async (ticketId: string) => {
      const rows = (await dbConnection.raw(
        `select order_id from helpdesk_helpdesk_ticket_order_order
          where helpdesk_ticket_id = ? and deleted_at is null order by order_id`,
        [ticketId]
      )) as { rows: { order_id: string }[] }
      return rows.rows.map((r) => r.order_id).sort()
    }

    describe("GET /admin/helpdesk/tickets/:id/orders", () => {
      it("lists the orders placed with the ticket's e-mail in any case, by its customer and linked to it, newest first", async () => {
        const byEmail = await createOrder("Jan@Example.COM", { unit_price: 49 })
        await createOrder("someone.else@example.com")
        const byCustomer = await createOrder("jan.work@example.com", {
          customer_id: "cus_jan",
        })
        const linked = await createOrder("gift@example.com")
        // the e-mail is matched as it is: a wildcard in it matches nothing else
        await createOrder("jan@example_com")

        const ticket = await startTicket(annaChannel.id, {
          customer_id: "cus_jan",
        })
        await api.post(
          `/admin/helpdesk/tickets/${ticket}/orders`,
          { order_id: linked.id },
          anna.headers
        )

        const body = await ticketOrders(ticket)
        expect(body.orders.map((o) => o.id)).toEqual([
          linked.id,
          byCustomer.id,
          byEmail.id,
        ])
        expect(body.medusa).toEqual({ count: 3 })
        expect(body.orders.map((o) => o.linked)).toEqual([true, false, false])
        expect(body.orders[2]).toMatchObject({
          source: "medusa",
          id: byEmail.id,
          number: String(byEmail.display_id),
          status: { id: "pending", name: "Pending" },
          payment_status: "not_paid",
          fulfillment_status: "not_fulfilled",
          total: 98,
          currency_code: "pln",
          items: [{ title: "Torba płócienna", quantity: 2, sku: "BAG-1" }],
          url: expect.stringMatching(new RegExp(`/app/orders/${byEmail.id}$`)),
        })
        expect(body.baselinker).toEqual({
          state: "not_configured",
          fetched_at: null,
          retry_at: null,
          count: 0,
          capped: false,
        })
      })

      it("says an order is captured when its linked payment collection is paid in full", async () => {
        const paid = await createOrder("jan@example.com")
        const unpaid = await createOrder("jan@example.com")
        const payments = getContainer().resolve(Modules.PAYMENT)
        // what the checkout leaves behind once the payment is captured
        const [collection] = await payments.createPaymentCollections([
          {
            currency_code: "pln",
            amount: 98,
            captured_amount: 98,
            status: "completed",
          } as CreatePaymentCollectionDTO,
        ])
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({
            [Modules.ORDER]: { order_id: paid.id },
            [Modules.PAYMENT]: { payment_collection_id: collection.id },
          })

        const body = await ticketOrders(await startTicket(annaChannel.id))
        expect(
          body.orders.map((o) => [o.id, o.payment_status, o.fulfillment_status])
        ).toEqual([
          [unpaid.id, "not_paid", "not_fulfilled"],
          [paid.id, "captured", "not_fulfilled"],
        ])
      })

      it("says an order is shipped when its linked fulfilment is shipped with every item, partially shipped when an item is left", async () => {
        const container = getContainer()
        const [whole, partly] = await orders().createOrders(
          [1, 2].map(() => ({
            email: "jan@example.com",
            currency_code: "pln",
            items: [
              { title: "Torba płócienna", quantity: 2, unit_price: 49 },
              { title: "Kubek emaliowany", quantity: 1, unit_price: 39 },
            ],
          }))
        )
        const fulfillments = container.resolve(Modules.FULFILLMENT)
        for (const [order, sent] of [
          [whole, whole.items!],
          [partly, partly.items!.slice(0, 1)],
        ] as const) {
          // what creating a fulfilment from the Admin records in the Order module...
          await orders().registerFulfillment({
            order_id: order.id,
            items: sent.map((i) => ({ id: i.id, quantity: i.quantity })),
          })
          // ...and in the Fulfillment module, linked to the order
          const fulfillment = await fulfillments.createFulfillment({
            location_id: "sloc_warehouse",
            provider_id: "manual_manual",
            delivery_address: { address_1: "ul. Długa 1", city: "Gdańsk" },
            items: sent.map((i) => ({
              title: i.title,
              sku: "",
              barcode: "",
              quantity: i.quantity,
            })),
            labels: [],
            order: {},
            packed_at: new Date(),
            shipped_at: new Date(),
          })
          await container.resolve(ContainerRegistrationKeys.LINK).create({
            [Modules.ORDER]: { order_id: order.id },
            [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id },
          })
        }

        const body = await ticketOrders(await startTicket(annaChannel.id))
        expect(
          body.orders.map((o) => [o.id, o.fulfillment_status]).sort()
        ).toEqual(
          [
            [whole.id, "shipped"],
            [partly.id, "partially_shipped"],
          ].sort()
        )
      })

      it("answers each order's total as Medusa computes it, after an edit, a return, payments, a refund and a credit line", async () => {
        const container = getContainer()
        const module = orders()
        const email = "jan@example.com"
        // taxes, a promotion, shipping and a credit line from the start
        const [plain, edited, returned, refunded, credited] =
          await module.createOrders(
            Array.from({ length: 5 }, () => ({
              email,
              currency_code: "pln",
              items: [
                {
                  title: "Torba płócienna",
                  quantity: 2,
                  unit_price: 49,
                  tax_lines: [{ code: "VAT", rate: 23 }],
                  adjustments: [{ code: "SPRING", amount: 10 }],
                },
                { title: "Kubek emaliowany", quantity: 1, unit_price: 39 },
              ],
              shipping_methods: [
                {
                  name: "Kurier",
                  amount: 15,
                  tax_lines: [{ code: "VAT", rate: 23 }],
                },
              ],
              // the Order module fills in the new order's id
              credit_lines: [
                {
                  amount: 5,
                  reference: "gift",
                  reference_id: "gift_1",
                } as CreateOrderCreditLineDTO,
              ],
            }))
          )
        const mug = (order: { items?: { id: string; title: string }[] }) =>
          order.items!.find((i) => i.title === "Kubek emaliowany")!.id

        // an edit: three mugs at a new price
        const edit = await module.createOrderChange({
          order_id: edited.id,
          change_type: "edit",
          actions: [
            {
              action: ChangeActionType.ITEM_UPDATE,
              details: {
                reference_id: mug(edited),
                quantity: 3,
                unit_price: 45,
              },
            },
          ],
        })
        await module.confirmOrderChange(edit.id)

        // a mug sent, returned and received back
        await module.registerFulfillment({
          order_id: returned.id,
          items: [{ id: mug(returned), quantity: 1 }],
        })
        const orderReturn = await module.createReturn({
          order_id: returned.id,
          items: [{ id: mug(returned), quantity: 1 }],
        })
        await module.receiveReturn({
          return_id: orderReturn.id,
          items: [{ id: mug(returned), quantity: 1 }],
        })

        // paid, then partly refunded
        await module.addOrderTransactions([
          { order_id: refunded.id, amount: 100, currency_code: "pln" },
          { order_id: refunded.id, amount: -30, currency_code: "pln" },
        ])

        // a credit line the merchant grants from the Admin
        await createOrderCreditLinesWorkflow(container).run({
          input: {
            id: credited.id,
            credit_lines: [
              { amount: 20, reference: "goodwill", reference_id: "gw_1" },
            ],
          },
        })

        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["id", "total", "summary.original_order_total"],
            filters: {
              id: [plain, edited, returned, refunded, credited].map(
                (o) => o.id
              ),
            },
          })
        const computed = data as {
          id: string
          total: number
          summary: { original_order_total: number }
        }[]
        const totalOf = (id: string) => computed.find((o) => o.id === id)!
        // the edit, the return and the credit line changed what the order comes to
        expect(totalOf(edited.id).total).not.toBe(
          totalOf(edited.id).summary.original_order_total
        )
        expect(totalOf(returned.id).total).not.toBe(totalOf(plain.id).total)
        expect(totalOf(credited.id).total).not.toBe(totalOf(plain.id).total)

        const body = await ticketOrders(await startTicket(annaChannel.id))
        expect(body.orders.map((o) => [o.id, o.total]).sort()).toEqual(
          computed.map((o) => [o.id, Number(o.total)]).sort()
        )
        // and the items as the edit left them
        const editedItems = body.orders.find((o) => o.id === edited.id)!.items
        expect(editedItems.map((i) => [i.title, i.quantity]).sort()).toEqual([
          ["Kubek emaliowany", 3],
          ["Torba płócienna", 2],
        ])
      })

      it("answers the total Medusa computes for an order whose current version has no stored summary", async () => {
        const order = await createOrder("jan@example.com", { unit_price: 30 })
        await dbConnection.raw(
          `update order_summary set deleted_at = now() where order_id = ?`,
          [order.id]
        )
        const {
          data: [computed],
        } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["id", "total", "summary.current_order_total"],
            filters: { id: order.id },
          })
        expect(computed.summary?.current_order_total ?? null).toBeNull()

        const body = await ticketOrders(await startTicket(annaChannel.id))
        expect(body.orders.map((o) => [o.id, o.total])).toEqual([
          [order.id, Number(computed.total)],
        ])
        expect(body.orders[0].total).toBe(60)
      })

      it("shows the 10 newest and counts them all, keeping linked orders on the page", async () => {
        const created: string[] = []
        for (let i = 0; i < 12; i++) {
          created.push((await createOrder("jan@example.com")).id)
        }
        const ticket = await startTicket(annaChannel.id)

        let body = await ticketOrders(ticket)
        expect(body.medusa.count).toBe(12)
        expect(body.orders.map((o) => o.id)).toEqual(created.slice(2).reverse())

        // the oldest is off the page until it is linked
        await api.post(
          `/admin/helpdesk/tickets/${ticket}/orders`,
          { order_id: created[0] },
          anna.headers
        )
        body = await ticketOrders(ticket)
        expect(body.medusa.count).toBe(12)
        expect(body.orders).toHaveLength(10)
        expect(body.orders.at(-1)).toMatchObject({
          id: created[0],
          linked: true,
        })
        expect(body.orders.map((o) => o.id).slice(0, 9)).toEqual(
          created.slice(3).reverse()
        )
      })

      it("answers 404 to an agent off the ticket's channel, for reading, linking and unlinking", async () => {
        const order = await createOrder("jan@example.com")
        const ticket = await startTicket(annaChannel.id)
        const path = `/admin/helpdesk/tickets/${ticket}/orders`

        for (const res of [
          await api.get(path, marek.headers).catch(failure),
          await api
            .post(path, { order_id: order.id }, marek.headers)
            .catch(failure),
          await api.delete(`${path}/${order.id}`, marek.headers).catch(failure),
          await api
            .get("/admin/helpdesk/tickets/hdt_missing/orders", anna.headers)
            .catch(failure),
        ]) {
          expect(res.status).toBe(404)
          expect(res.data.message).toMatch(/^Ticket "hdt_\w+" was not found\.$/)
        }
        expect(await linkedOrderIds(ticket)).toEqual([])
        expect((await ticketOrders(ticket)).orders[0].id).toBe(order.id)
      })

      it("refuses an unknown query parameter or a refresh that is not true or false", async () => {
        const ticket = await startTicket(annaChannel.id)
        for (const query of ["refresh=yes", "colour=red"]) {
          const res = await api
            .get(
              `/admin/helpdesk/tickets/${ticket}/orders?${query}`,
              anna.headers
            )
            .catch(failure)
          expect(res.status).toBe(400)
        }
        const ok = await api.get(
          `/admin/helpdesk/tickets/${ticket}/orders?refresh=true`,
          anna.headers
        )
        expect(ok.status).toBe(200)
      })
    })

    describe("link and unlink", () => {
      it("links an order by id or number with an internal line and an event, once", async () => {
        const first = await createOrder("other@example.com")
        const second = await createOrder("other@example.com")
        const ticket = await startTicket(annaChannel.id)
        const path = `/admin/helpdesk/tickets/${ticket}/orders`

        const linked = await api.post(
          path,
          { order_id: first.id },
          anna.headers
        )
        expect(linked.status).toBe(200)
        expect(
          (linked.data as TicketOrdersResponse).orders.map((o) => [
            o.id,
            o.linked,
          ])
        ).toEqual([[first.id, true]])

        // again: nothing changes, no second line or event
        await api.post(path, { order_id: first.id }, anna.headers)
        await api.post(
          path,
          { order_id: `#${second.display_id}` },
          anna.headers
        )

        expect(await linkedOrderIds(ticket)).toEqual(
          [first.id, second.id].sort()
        )
        const lines = (await transcript(ticket)).filter(
          (m) => m.author_type === "system"
        )
        expect(lines.map((m) => [m.kind, m.body])).toEqual([
          ["note", `Anna linked order #${first.display_id} to this ticket`],
          ["note", `Anna linked order #${second.display_id} to this ticket`],
        ])
        expect(events).toEqual([
          {
            name: HelpdeskEvents.TICKET_ORDER_LINKED,
            data: { id: ticket, order_id: first.id },
          },
          {
            name: HelpdeskEvents.TICKET_ORDER_LINKED,
            data: { id: ticket, order_id: second.id },
          },
        ])
      })

      it("unlinks an order with a line in the ticket's language, and unlinking again changes nothing", async () => {
        const order = await createOrder("other@example.com")
        const ticket = await startTicket(polishChannel.id)
        const path = `/admin/helpdesk/tickets/${ticket}/orders`
        await api.post(path, { order_id: order.id }, anna.headers)
        events.splice(0)

        const res = await api.delete(`${path}/${order.id}`, anna.headers)
        expect(res.data).toEqual({
          id: order.id,
          object: "ticket_order",
          deleted: true,
        })
        const again = await api.delete(`${path}/${order.id}`, anna.headers)
        expect(again.status).toBe(200)

        expect(await linkedOrderIds(ticket)).toEqual([])
        expect((await ticketOrders(ticket)).orders).toEqual([])
        expect(
          (await transcript(ticket))
            .filter((m) => m.author_type === "system")
            .map((m) => m.body)
        ).toEqual([
          `Anna: powiązano zamówienie #${order.display_id} z tym zgłoszeniem`,
          `Anna: odłączono zamówienie #${order.display_id} od tego zgłoszenia`,
        ])
        expect(events).toEqual([
          {
            name: HelpdeskEvents.TICKET_ORDER_UNLINKED,
            data: { id: ticket, order_id: order.id },
          },
        ])

        // and it can be linked once more
        await api.post(path, { order_id: order.id }, anna.headers)
        expect(await linkedOrderIds(ticket)).toEqual([order.id])
      })

      it("answers 404 for an order that does not exist and 400 for a body without one, writing nothing", async () => {
        const ticket = await startTicket(annaChannel.id)
        const path = `/admin/helpdesk/tickets/${ticket}/orders`
        const before = await transcript(ticket)

        for (const [res, status, message] of [
          [
            await api
              .post(path, { order_id: "order_missing" }, anna.headers)
              .catch(failure),
            404,
            /Order "order_missing" was not found\. Enter the order's id/,
          ],
          [
            await api
              .post(path, { order_id: "#99999" }, anna.headers)
              .catch(failure),
            404,
            /Order "#99999" was not found/,
          ],
          [
            await api
              .delete(`${path}/order_missing`, anna.headers)
              .catch(failure),
            404,
            /Order "order_missing" was not found/,
          ],
          [
            await api.post(path, {}, anna.headers).catch(failure),
            400,
            /order_id/,
          ],
          [
            await api
              .post(path, { order_id: "  " }, anna.headers)
              .catch(failure),
            400,
            /order_id must be an order's id or number/,
          ],
          [
            await api
              .post(path, { order_id: "order_1", extra: 1 }, anna.headers)
              .catch(failure),
            400,
            /extra/,
          ],
        ] as const) {
          expect({ status: res.status, message: res.data.message }).toEqual({
            status,
            message: expect.stringMatching(message),
          })
        }
        expect(await transcript(ticket)).toEqual(before)
        expect(await linkedOrderIds(ticket)).toEqual([])
        expect(events).toEqual([])
      })

      it("undoes the link and its line when a later step fails, and the unlink likewise", async () => {
        const order = await createOrder("other@example.com")
        const ticket = await startTicket(annaChannel.id)
        const path = `/admin/helpdesk/tickets/${ticket}/orders`
        const before = await transcript(ticket)

        ROLLBACK_TICKETS.add(ticket)
        const failed = await api
          .post(path, { order_id: order.id }, anna.headers)
          .catch(failure)
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect(await linkedOrderIds(ticket)).toEqual([])
        expect(await transcript(ticket)).toEqual(before)

        ROLLBACK_TICKETS.clear()
        await api.post(path, { order_id: order.id }, anna.headers)
        const linkedTranscript = await transcript(ticket)
        events.splice(0)

        ROLLBACK_TICKETS.add(ticket)
        const failedUnlink = await api
          .delete(`${path}/${order.id}`, anna.headers)
          .catch(failure)
        expect(failedUnlink.status).toBeGreaterThanOrEqual(400)
        expect(await linkedOrderIds(ticket)).toEqual([order.id])
        expect(await transcript(ticket)).toEqual(linkedTranscript)
        expect(events).toEqual([])
      })

      it("lists the tickets linked to an order first on the order page, marked as linked", async () => {
        const order = await createOrder("jan@example.com")
        const linked = await startTicket(annaChannel.id, {
          email: "gift@example.com",
        })
        const byEmail = await startTicket(annaChannel.id)
        // the e-mail's ticket had the last word, so it would come first by date alone
        await api.post(
          `/admin/helpdesk/tickets/${linked}/orders`,
          { order_id: order.id },
          anna.headers
        )
        await startConversationWorkflow(getContainer()).run({
          input: {
            channel_id: annaChannel.id,
            name: "Jan Kowalski",
            email: "jan@example.com",
            subject: "Another question",
            message: "Hello again",
            client_id: `client-${++clientSeq}`,
          },
        })

        const { data } = await api.get(
          `/admin/helpdesk/tickets?order_id=${order.id}&fields=id,linked`,
          anna.headers
        )
        expect(data.tickets[0]).toEqual({ id: linked, linked: true })
        expect(
          data.tickets.slice(1).map((t: { linked: boolean }) => t.linked)
        ).toEqual([false, false])
        expect(data.tickets.map((t: { id: string }) => t.id)).toContain(byEmail)
      })
    })
  },
})
