import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from ".."
import type HelpdeskModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: "./src/modules/helpdesk",
  moduleOptions: { backendUrl: "https://api.shop.example/" },
  testSuite: ({ service }) => {
    const newTicket = async (subject = "Where is my parcel?") => {
      const [channel] = await service.createHelpdeskChannels([
        { name: "Store", store_url: "https://shop.example.com" },
      ])
      return service.createHelpdeskTickets({
        subject,
        customer_email: "jan@example.com",
        channel_id: channel.id,
      })
    }

    describe("HelpdeskModuleService", () => {
      it("exposes the ticket as linkable, for the order and customer links", () => {
        const linkable = jest.requireActual("..").default.linkable
        expect(linkable.helpdeskTicket.toJSON()).toEqual(
          expect.objectContaining({
            serviceName: HELPDESK_MODULE,
            field: "helpdeskTicket",
          })
        )
      })

      it("reads the backend URL from its options, without a trailing slash", () => {
        expect(service.getBackendUrl()).toBe("https://api.shop.example")
      })

      describe("tickets", () => {
        it("numbers tickets one after another and starts them new, at normal priority", async () => {
          const first = await newTicket("First")
          const second = await newTicket("Second")

          expect(first).toEqual(
            expect.objectContaining({
              id: expect.stringMatching(/^hdt_/),
              status: "new",
              priority: "normal",
            })
          )
          expect(second.number).toBe(first.number + 1)
        })

        it("refuses a status outside new, open, pending and closed", async () => {
          const ticket = await newTicket()
          await expect(
            service.updateHelpdeskTickets({
              id: ticket.id,
              status: "archived" as never,
            })
          ).rejects.toThrow()
        })

        it("attaches tags through the ticket_tag join and lists them on the ticket", async () => {
          const ticket = await newTicket()
          const [tag] = await service.createHelpdeskTags([
            { name: "vip", color: "#ff0000" },
          ])
          await service.createHelpdeskTicketTags([
            { ticket_id: ticket.id, tag_id: tag.id },
          ])

          const withTags = await service.retrieveHelpdeskTicket(ticket.id, {
            relations: ["tags"],
          })
          expect(withTags.tags.map((t) => t.name)).toEqual(["vip"])
        })

        it("refuses the same tag twice on one ticket", async () => {
          const ticket = await newTicket()
          const [tag] = await service.createHelpdeskTags([{ name: "vip" }])
          await service.createHelpdeskTicketTags([
            { ticket_id: ticket.id, tag_id: tag.id },
          ])

          await expect(
            service.createHelpdeskTicketTags([
              { ticket_id: ticket.id, tag_id: tag.id },
            ])
          ).rejects.toThrow()
        })
      })

      describe("messages", () => {
        it("refuses a second message with the same seq on one ticket", async () => {
          const ticket = await newTicket()
          await service.createHelpdeskMessages({
            ticket_id: ticket.id,
            seq: 1,
            author_type: "customer",
            body: "Hi",
          })

          await expect(
            service.createHelpdeskMessages({
              ticket_id: ticket.id,
              seq: 1,
              author_type: "agent",
              body: "Hello",
            })
          ).rejects.toThrow()
        })

        it("refuses a second message with the same client_id on one ticket, but not on another", async () => {
          const ticket = await newTicket()
          const other = await newTicket()
          await service.createHelpdeskMessages({
            ticket_id: ticket.id,
            seq: 1,
            client_id: "c-1",
            author_type: "customer",
            body: "Hi",
          })

          await expect(
            service.createHelpdeskMessages({
              ticket_id: ticket.id,
              seq: 2,
              client_id: "c-1",
              author_type: "customer",
              body: "Hi",
            })
          ).rejects.toThrow()
          await expect(
            service.createHelpdeskMessages({
              ticket_id: other.id,
              seq: 1,
              client_id: "c-1",
              author_type: "customer",
              body: "Hi",
            })
          ).resolves.toEqual(expect.objectContaining({ client_id: "c-1" }))
        })

        it("allows any number of messages without a client_id", async () => {
          const ticket = await newTicket()
          await service.createHelpdeskMessages([
            {
              ticket_id: ticket.id,
              seq: 1,
              author_type: "system",
              body: "Anna joined",
              kind: "event",
            },
            {
              ticket_id: ticket.id,
              seq: 2,
              author_type: "agent",
              body: "Internal",
              kind: "note",
            },
          ])

          const [, count] = await service.listAndCountHelpdeskMessages({
            ticket_id: ticket.id,
          })
          expect(count).toBe(2)
        })

        it("removes a ticket's messages with the ticket", async () => {
          const ticket = await newTicket()
          await service.createHelpdeskMessages({
            ticket_id: ticket.id,
            seq: 1,
            author_type: "customer",
            body: "Hi",
          })

          await service.softDeleteHelpdeskTickets([ticket.id])

          const [, count] = await service.listAndCountHelpdeskMessages({
            ticket_id: ticket.id,
          })
          expect(count).toBe(0)
        })
      })

      describe("appending messages", () => {
        it("numbers a batch's messages per ticket in the order given, after what each ticket holds", async () => {
          const a = await newTicket("A")
          const b = await newTicket("B")
          await service.appendMessage({
            ticket_id: a.id,
            client_id: "a-0",
            author_type: "customer",
            body: "first",
          })

          const outcomes = await service.appendMessages([
            {
              ticket_id: a.id,
              client_id: "a-1",
              author_type: "customer",
              body: "a1",
            },
            {
              ticket_id: b.id,
              client_id: "b-1",
              author_type: "customer",
              body: "b1",
            },
            {
              ticket_id: a.id,
              client_id: "a-2",
              author_type: "customer",
              body: "a2",
            },
          ])

          expect(
            outcomes.map((o) =>
              o instanceof Error
                ? o
                : [o.message.ticket_id, o.message.seq, o.message.body]
            )
          ).toEqual([
            [a.id, 2, "a1"],
            [b.id, 1, "b1"],
            [a.id, 3, "a2"],
          ])
        })

        it("stores a client_id once whether it repeats within a batch or was stored before", async () => {
          const ticket = await newTicket()
          const [stored] = await service.appendMessages([
            {
              ticket_id: ticket.id,
              client_id: "c-1",
              author_type: "customer",
              body: "hi",
            },
          ])

          const outcomes = await service.appendMessages([
            {
              ticket_id: ticket.id,
              client_id: "c-1",
              author_type: "customer",
              body: "hi",
            },
            {
              ticket_id: ticket.id,
              client_id: "c-2",
              author_type: "customer",
              body: "again",
            },
            {
              ticket_id: ticket.id,
              client_id: "c-2",
              author_type: "customer",
              body: "again",
            },
          ])

          expect(outcomes.map((o) => ("created" in o ? o.created : o))).toEqual(
            [false, true, false]
          )
          expect(
            !(outcomes[0] instanceof Error) && outcomes[0].message.id
          ).toBe(!(stored instanceof Error) && stored.message.id)
          const [, count] = await service.listAndCountHelpdeskMessages({
            ticket_id: ticket.id,
          })
          expect(count).toBe(2)
        })

        it("gives concurrent callers on one ticket consecutive seqs, each client_id stored once", async () => {
          const ticket = await newTicket()
          const send = (n: number) =>
            service.appendMessages([
              {
                ticket_id: ticket.id,
                client_id: `c-${n % 6}`,
                author_type: "customer",
                body: `m${n}`,
              },
            ])
          const outcomes = (
            await Promise.all(Array.from({ length: 12 }, (_, n) => send(n)))
          ).flat()

          expect(outcomes.filter((o) => o instanceof Error)).toEqual([])
          const stored = await service.listMessagesAfter(ticket.id, 0)
          expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6])
          expect(new Set(stored.map((m) => m.client_id)).size).toBe(6)
          expect(
            outcomes.filter((o) => !(o instanceof Error) && o.created)
          ).toHaveLength(6)
        })

        it("fails only the messages of a ticket that does not exist", async () => {
          const ticket = await newTicket()
          const outcomes = await service.appendMessages([
            {
              ticket_id: "hdt_missing",
              client_id: "x",
              author_type: "customer",
              body: "?",
            },
            {
              ticket_id: ticket.id,
              client_id: "y",
              author_type: "customer",
              body: "ok",
            },
          ])

          expect(outcomes[0]).toEqual(
            expect.objectContaining({
              type: "not_found",
              message: 'Ticket "hdt_missing" was not found.',
            })
          )
          expect(outcomes[1]).toEqual(
            expect.objectContaining({
              created: true,
              ticket: expect.objectContaining({ id: ticket.id }),
            })
          )
        })

        it("marks each ticket with its newest message and its first agent answer", async () => {
          const ticket = await newTicket()
          await service.appendMessages([
            { ticket_id: ticket.id, author_type: "customer", body: "hello?" },
            {
              ticket_id: ticket.id,
              author_type: "agent",
              author_id: "user_1",
              body: "Hi!",
            },
            { ticket_id: ticket.id, author_type: "customer", body: "thanks" },
            {
              ticket_id: ticket.id,
              author_type: "system",
              body: "note",
              kind: "note",
            },
          ])

          const updated = await service.retrieveHelpdeskTicket(ticket.id)
          expect(updated.last_message_author).toBe("customer")
          expect(updated.last_message_at).toBeTruthy()
          expect(updated.first_response_at).toBeTruthy()
        })
      })

      describe("channels", () => {
        it("refuses the same agent twice on one channel", async () => {
          const [channel] = await service.createHelpdeskChannels([
            { name: "Store", store_url: "https://shop.example.com" },
          ])
          await service.createHelpdeskChannelAgents([
            { channel_id: channel.id, user_id: "user_1" },
          ])

          await expect(
            service.createHelpdeskChannelAgents([
              { channel_id: channel.id, user_id: "user_1" },
            ])
          ).rejects.toThrow()
        })
      })
    })
  },
})
