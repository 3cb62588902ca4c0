import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { createTagsWorkflow } from "../../src/workflows/tags/workflows/create-tags"
import { createTeamsWorkflow } from "../../src/workflows/teams/workflows/create-teams"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"

jest.setTimeout(60 * 1000)

type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

// Creating a tag or team with this name makes its workflow fail after every step ran.
const ROLLBACK_NAME = "Rollback: fail after every step"
createTagsWorkflow.hooks.tagsCreated(({ tags }) => {
  if (tags.some((t) => t.name === ROLLBACK_NAME)) {
    throw new Error("forced failure after the tag was written")
  }
})
createTeamsWorkflow.hooks.teamsCreated(({ teams }) => {
  if (teams.some((t) => t.name === ROLLBACK_NAME)) {
    throw new Error("forced failure after the team was written")
  }
})

type Named = { name: string }
const names = (list: Named[]) => list.map((i) => i.name)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminSession

    beforeEach(async () => {
      admin = await createAdminSession(getContainer())
    })

    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)

    const get = async (path: string) =>
      (await api.get(`/admin/helpdesk${path}`, admin.headers)).data
    const post = async (path: string, body: Record<string, unknown>) =>
      (await api.post(`/admin/helpdesk${path}`, body, admin.headers)).data
    const fail = async (
      method: "get" | "post" | "delete",
      path: string,
      body?: Record<string, unknown>
    ) => {
      const url = `/admin/helpdesk${path}`
      const res =
        method === "post"
          ? await api.post(url, body, admin.headers).catch(failure)
          : await api[method](url, admin.headers).catch(failure)
      return res as AxiosLikeError["response"]
    }

    const createChannel = async (body: Record<string, unknown> = {}) =>
      (
        await post("/channels", {
          name: "Sklep",
          store_url: STORE,
          opening_hours: ALWAYS_OPEN,
          ...body,
        })
      ).channel as { id: string; inbox_id: string }

    const createTicket = async (fields: Record<string, unknown> = {}) => {
      const [ticket] = await helpdesk().createHelpdeskTickets([
        { subject: "Where is my parcel?", customer_email: "jan@example.com" },
      ])
      if (Object.keys(fields).length) {
        await helpdesk().updateHelpdeskTickets({ id: ticket.id, ...fields })
      }
      return ticket
    }

    // A ticket in a channel that lists only another user: hidden from `admin`.
    const createHiddenTicket = async () => {
      const other = await createAdminSession(
        getContainer(),
        "marek@helpdesk.test"
      )
      const channel = await createChannel({
        name: "Private",
        store_url: "https://private.example.com",
        agent_ids: [other.user.id],
      })
      return createTicket({ channel_id: channel.id })
    }

    describe("tags", () => {
      const tagCount = async () =>
        (await helpdesk().listAndCountHelpdeskTags())[1]

      it("creates a tag with a lower-cased colour, and a grey one when no colour is given", async () => {
        const { tag } = await post("/tags", { name: "VIP", color: "#D97706" })
        expect(tag).toEqual({
          id: expect.stringMatching(/^hdtg_/),
          name: "VIP",
          color: "#d97706",
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })

        const plain = (await post("/tags", { name: "  Refund  " })).tag
        expect(plain).toEqual(
          expect.objectContaining({ name: "Refund", color: "#6b7280" })
        )
      })

      it("emits helpdesk.tag.created with the new tag's id", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = jest.spyOn(eventBus, "emit")
        try {
          const { tag } = await post("/tags", { name: "Evented" })
          const sent = JSON.stringify(emit.mock.calls)
          expect(sent).toContain('"name":"helpdesk.tag.created"')
          expect(sent).toContain(`{"id":"${tag.id}"}`)
        } finally {
          emit.mockRestore()
        }
      })

      const invalid: [string, Record<string, unknown>, RegExp][] = [
        ["an empty name", { name: "   " }, /name/],
        ["a missing name", { color: "#ffffff" }, /name/],
        [
          "a colour that is not hex",
          { name: "X", color: "red" },
          /color must be a hex colour/,
        ],
        [
          "a three-digit colour",
          { name: "X", color: "#fff" },
          /color must be a hex colour/,
        ],
        ["an unknown field", { name: "X", colour: "#ffffff" }, /colour/],
      ]
      it.each(invalid)(
        "rejects %s with a 400 and writes nothing",
        async (_, body, message) => {
          const res = await fail("post", "/tags", body)
          expect(res.status).toBe(400)
          expect(res.data.type).toBe("invalid_data")
          expect(res.data.message).toMatch(message)
          expect(await tagCount()).toBe(0)
        }
      )

      it("refuses a second tag with the same name in any case, naming the existing tag", async () => {
        await post("/tags", { name: "VIP" })
        const res = await fail("post", "/tags", { name: "vip" })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          'A tag named "VIP" already exists; choose another name or use that tag.'
        )
        expect(await tagCount()).toBe(1)
      })

      it("treats % and _ in a tag name literally when looking for duplicates", async () => {
        await post("/tags", { name: "50% off" })
        const { tag } = await post("/tags", { name: "50_ off" })
        expect(tag.name).toBe("50_ off")
        expect(await tagCount()).toBe(2)
      })

      it("undoes the tag when the workflow fails after writing it", async () => {
        const res = await fail("post", "/tags", { name: ROLLBACK_NAME })
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(await tagCount()).toBe(0)
      })

      it("lists tags by name with count, offset and limit, honouring q, order, fields and paging", async () => {
        for (const name of ["Bravo", "Alpha", "Charlie"]) {
          await post("/tags", { name })
        }

        const all = await get("/tags")
        expect(all.count).toBe(3)
        expect(all.offset).toBe(0)
        expect(all.limit).toBe(50)
        expect(names(all.tags)).toEqual(["Alpha", "Bravo", "Charlie"])

        const page = await get(
          "/tags?order=-name&limit=1&offset=1&fields=id,name"
        )
        expect(page).toEqual({
          tags: [{ id: expect.any(String), name: "Bravo" }],
          count: 3,
          offset: 1,
          limit: 1,
        })

        expect(names((await get("/tags?q=harl")).tags)).toEqual(["Charlie"])
      })

      it("answers 400, not 500, for a list ordered by a field tags do not have", async () => {
        await post("/tags", { name: "VIP" })
        const res = await fail("get", "/tags?order=colour")
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/colour/)
        expect((await get("/tags?limit=5")).count).toBe(1)
      })

      it("never answers ticket fields asked for through tags, teams, inboxes, tasks or projects", async () => {
        const hidden = await createHiddenTicket()
        const { tag } = await post("/tags", { name: "VIP" })
        const { team } = await post("/teams", { name: "Returns" })
        await helpdesk().createHelpdeskTicketTags([
          { ticket_id: hidden.id, tag_id: tag.id },
        ])
        await helpdesk().updateHelpdeskTickets({
          id: hidden.id,
          team_id: team.id,
        })

        for (const path of [
          "/tags?fields=id,tickets.subject",
          `/tags/${tag.id}?fields=*tickets`,
          "/teams?fields=tickets.customer_email",
          "/inboxes?fields=*tickets",
          "/tasks?fields=ticket.subject",
          "/projects?fields=tasks.ticket.subject",
        ]) {
          // Medusa drops fields outside the allowed list from the answer.
          const res = await fail("get", path)
          expect({ path, status: res.status }).toEqual({ path, status: 200 })
          expect(JSON.stringify(res.data)).not.toMatch(
            /Where is my parcel\?|"tickets?"/
          )
        }
      })

      it("returns one tag, and a 404 sentence for an unknown one", async () => {
        const { tag } = await post("/tags", { name: "VIP" })
        expect((await get(`/tags/${tag.id}`)).tag).toEqual(tag)

        const res = await fail("get", "/tags/hdtg_missing")
        expect(res.status).toBe(404)
        expect(res.data.message).toBe('Tag "hdtg_missing" was not found.')
      })

      it("renames and recolours a tag, and may keep its own name in another case", async () => {
        const { tag } = await post("/tags", { name: "VIP", color: "#111111" })

        const renamed = (await post(`/tags/${tag.id}`, { name: "Vip" })).tag
        expect(renamed).toEqual(
          expect.objectContaining({ name: "Vip", color: "#111111" })
        )
        const recoloured = (await post(`/tags/${tag.id}`, { color: "#ABCDEF" }))
          .tag
        expect(recoloured).toEqual(
          expect.objectContaining({ name: "Vip", color: "#abcdef" })
        )
      })

      it("refuses to rename a tag to another tag's name or to a bad colour, changing nothing", async () => {
        await post("/tags", { name: "VIP" })
        const { tag } = await post("/tags", {
          name: "Refund",
          color: "#222222",
        })

        const taken = await fail("post", `/tags/${tag.id}`, { name: "VIP" })
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/A tag named "VIP" already exists/)

        const badColour = await fail("post", `/tags/${tag.id}`, {
          color: "blue",
        })
        expect(badColour.status).toBe(400)

        const unknown = await fail("post", "/tags/hdtg_missing", { name: "X" })
        expect(unknown.status).toBe(404)

        expect((await get(`/tags/${tag.id}`)).tag).toEqual(
          expect.objectContaining({ name: "Refund", color: "#222222" })
        )
      })

      it("deletes a tag, takes it off its tickets, and frees its name", async () => {
        const { tag } = await post("/tags", { name: "VIP" })
        const ticket = await createTicket()
        await helpdesk().createHelpdeskTicketTags([
          { ticket_id: ticket.id, tag_id: tag.id },
        ])

        const res = await api.delete(
          `/admin/helpdesk/tags/${tag.id}`,
          admin.headers
        )
        expect(res.data).toEqual({ id: tag.id, object: "tag", deleted: true })

        expect(await tagCount()).toBe(0)
        expect(
          await helpdesk().listHelpdeskTicketTags({ ticket_id: ticket.id })
        ).toEqual([])
        expect((await post("/tags", { name: "VIP" })).tag.name).toBe("VIP")
      })

      it("answers 404 when deleting an unknown tag", async () => {
        const res = await fail("delete", "/tags/hdtg_missing")
        expect(res.status).toBe(404)
        expect(res.data.message).toBe('Tag "hdtg_missing" was not found.')
      })

      it("refuses requests without an admin session", async () => {
        const res = await api
          .post("/admin/helpdesk/tags", { name: "VIP" })
          .catch(failure)
        expect(res.status).toBe(401)
        expect(await tagCount()).toBe(0)
      })
    })

    describe("teams", () => {
      const teamCounts = async () => ({
        teams: (await helpdesk().listAndCountHelpdeskTeams())[1],
        members: (await helpdesk().listAndCountHelpdeskTeamMembers())[1],
      })

      it("creates a team with its members as { id, user_id }", async () => {
        const marek = await createAdminSession(
          getContainer(),
          "marek@helpdesk.test"
        )
        const { team } = await post("/teams", {
          name: "Returns",
          member_ids: [admin.user.id, marek.user.id, admin.user.id],
        })

        expect(team).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^hdtm_/),
            name: "Returns",
          })
        )
        expect(
          team.members.map((m: { user_id: string }) => m.user_id).sort()
        ).toEqual([admin.user.id, marek.user.id].sort())
        expect(team.members[0].id).toMatch(/^hdtmm_/)
      })

      it("rejects an unknown user as member with a 400 naming the id, writing nothing", async () => {
        const res = await fail("post", "/teams", {
          name: "Returns",
          member_ids: [admin.user.id, "user_missing"],
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /member_ids: no Medusa user has the id "user_missing"/
        )
        expect(await teamCounts()).toEqual({ teams: 0, members: 0 })
      })

      it.each([
        ["an empty name", { name: "" }],
        ["an unknown field", { name: "A", users: [] }],
        ["member ids that are not a list", { name: "A", member_ids: "x" }],
      ])("rejects %s with a 400 and writes nothing", async (_, body) => {
        const res = await fail("post", "/teams", body)
        expect(res.status).toBe(400)
        expect(await teamCounts()).toEqual({ teams: 0, members: 0 })
      })

      it("undoes the team and its members when the workflow fails after writing them", async () => {
        const res = await fail("post", "/teams", {
          name: ROLLBACK_NAME,
          member_ids: [admin.user.id],
        })
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(await teamCounts()).toEqual({ teams: 0, members: 0 })
      })

      it("renames a team keeping its members, and replaces the members when member_ids is sent", async () => {
        const marek = await createAdminSession(
          getContainer(),
          "marek@helpdesk.test"
        )
        const { team } = await post("/teams", {
          name: "Returns",
          member_ids: [admin.user.id],
        })

        const renamed = (await post(`/teams/${team.id}`, { name: "Refunds" }))
          .team
        expect(renamed.name).toBe("Refunds")
        expect(
          renamed.members.map((m: { user_id: string }) => m.user_id)
        ).toEqual([admin.user.id])

        const swapped = (
          await post(`/teams/${team.id}`, { member_ids: [marek.user.id] })
        ).team
        expect(
          swapped.members.map((m: { user_id: string }) => m.user_id)
        ).toEqual([marek.user.id])

        const emptied = (await post(`/teams/${team.id}`, { member_ids: [] }))
          .team
        expect(emptied.members).toEqual([])
      })

      it("keeps a team unchanged when an update names an unknown user", async () => {
        const { team } = await post("/teams", {
          name: "Returns",
          member_ids: [admin.user.id],
        })
        const res = await fail("post", `/teams/${team.id}`, {
          name: "Changed",
          member_ids: ["user_missing"],
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/"user_missing"/)

        const after = (await get(`/teams/${team.id}`)).team
        expect(after.name).toBe("Returns")
        expect(
          after.members.map((m: { user_id: string }) => m.user_id)
        ).toEqual([admin.user.id])
      })

      it("lists teams with q, the member filter user_id, and paging", async () => {
        const marek = await createAdminSession(
          getContainer(),
          "marek@helpdesk.test"
        )
        await post("/teams", { name: "Returns", member_ids: [admin.user.id] })
        await post("/teams", { name: "Billing", member_ids: [marek.user.id] })
        await post("/teams", { name: "Shipping" })

        const all = await get("/teams")
        expect(all.count).toBe(3)
        expect(names(all.teams)).toEqual(["Billing", "Returns", "Shipping"])

        expect(names((await get("/teams?q=ship")).teams)).toEqual(["Shipping"])
        expect(
          names((await get(`/teams?user_id=${marek.user.id}`)).teams)
        ).toEqual(["Billing"])

        const page = await get("/teams?limit=2&offset=2")
        expect(page).toEqual(
          expect.objectContaining({ count: 3, offset: 2, limit: 2 })
        )
        expect(names(page.teams)).toEqual(["Shipping"])
      })

      it("answers 404 for an unknown team on read, update and delete", async () => {
        for (const method of ["get", "post", "delete"] as const) {
          const res = await fail(method, "/teams/hdtm_missing", { name: "X" })
          expect(res.status).toBe(404)
          expect(res.data.message).toBe('Team "hdtm_missing" was not found.')
        }
      })

      it("deletes a team with its members and leaves its tickets without a team", async () => {
        const { team } = await post("/teams", {
          name: "Returns",
          member_ids: [admin.user.id],
        })
        const ticket = await createTicket({ team_id: team.id })

        const res = await api.delete(
          `/admin/helpdesk/teams/${team.id}`,
          admin.headers
        )
        expect(res.data).toEqual({ id: team.id, object: "team", deleted: true })

        expect(await teamCounts()).toEqual({ teams: 0, members: 0 })
        const after = await helpdesk().retrieveHelpdeskTicket(ticket.id)
        expect(after.team_id).toBeNull()
      })
    })

    describe("inboxes", () => {
      const inboxCount = async () =>
        (await helpdesk().listAndCountHelpdeskInboxes())[1]

      it("creates, renames and reads an inbox", async () => {
        const { inbox } = await post("/inboxes", { name: "Returns" })
        expect(inbox).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^hdib_/),
            name: "Returns",
            channels: [],
          })
        )

        const renamed = (
          await post(`/inboxes/${inbox.id}`, { name: "Refunds" })
        ).inbox
        expect(renamed.name).toBe("Refunds")
        expect((await get(`/inboxes/${inbox.id}`)).inbox.name).toBe("Refunds")
      })

      it("lists inboxes with the channels that route to each", async () => {
        const channel = await createChannel({ name: "Sklep PL" })
        await post("/inboxes", { name: "Empty" })

        const list = await get("/inboxes")
        expect(list.count).toBe(2)
        expect(list.inboxes).toEqual([
          expect.objectContaining({ name: "Empty", channels: [] }),
          expect.objectContaining({
            id: channel.inbox_id,
            name: "Sklep PL",
            channels: [{ id: channel.id, name: "Sklep PL" }],
          }),
        ])

        expect(names((await get("/inboxes?q=empt")).inboxes)).toEqual(["Empty"])
        const page = await get("/inboxes?limit=1&offset=1&fields=id,name")
        expect(page).toEqual({
          inboxes: [{ id: channel.inbox_id, name: "Sklep PL" }],
          count: 2,
          offset: 1,
          limit: 1,
        })
      })

      it.each([
        ["an empty name", { name: " " }],
        ["an unknown field", { name: "A", channel_ids: [] }],
        ["a name that is not text", { name: 5 }],
      ])("rejects %s with a 400 and writes nothing", async (_, body) => {
        const res = await fail("post", "/inboxes", body)
        expect(res.status).toBe(400)
        expect(await inboxCount()).toBe(0)
      })

      it("refuses to delete an inbox a channel still routes to, naming the channel", async () => {
        const channel = await createChannel({ name: "Sklep PL" })

        const res = await fail("delete", `/inboxes/${channel.inbox_id}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          'The inbox is still used by the chat channel "Sklep PL"; route that channel to another inbox before deleting this one.'
        )
        expect(await inboxCount()).toBe(1)
      })

      it("deletes an unused inbox and leaves its tickets outside any inbox", async () => {
        const { inbox } = await post("/inboxes", { name: "Old" })
        const ticket = await createTicket({ inbox_id: inbox.id })

        const res = await api.delete(
          `/admin/helpdesk/inboxes/${inbox.id}`,
          admin.headers
        )
        expect(res.data).toEqual({
          id: inbox.id,
          object: "inbox",
          deleted: true,
        })
        expect(await inboxCount()).toBe(0)
        expect(
          (await helpdesk().retrieveHelpdeskTicket(ticket.id)).inbox_id
        ).toBeNull()
      })

      it("answers 404 for an unknown inbox", async () => {
        for (const method of ["get", "post", "delete"] as const) {
          const res = await fail(method, "/inboxes/hdib_missing", { name: "X" })
          expect(res.status).toBe(404)
          expect(res.data.message).toBe('Inbox "hdib_missing" was not found.')
        }
      })
    })

    describe("contacts", () => {
      const contactCount = async () =>
        (await helpdesk().listAndCountHelpdeskContacts())[1]

      it("creates a contact with a lower-cased e-mail", async () => {
        const { contact } = await post("/contacts", {
          email: "  Jan.Kowalski@Example.COM ",
          name: "Jan Kowalski",
          note: "Prefers phone calls",
        })
        expect(contact).toEqual({
          id: expect.stringMatching(/^hdct_/),
          email: "jan.kowalski@example.com",
          name: "Jan Kowalski",
          note: "Prefers phone calls",
          blocked: false,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
      })

      it("refuses a second contact with the same e-mail in another case", async () => {
        await post("/contacts", { email: "jan@example.com" })
        const res = await fail("post", "/contacts", {
          email: "JAN@example.com",
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          'A contact with the e-mail "jan@example.com" already exists; edit that contact instead.'
        )
        expect(await contactCount()).toBe(1)
      })

      it.each([
        [
          "an e-mail that is not one",
          { email: "not-an-email" },
          /email must be an e-mail address/,
        ],
        ["a missing e-mail", { name: "Jan" }, /email/],
        ["an unknown field", { email: "a@example.com", phone: "123" }, /phone/],
        [
          "blocked that is not a boolean",
          { email: "a@example.com", blocked: "yes" },
          /blocked/,
        ],
      ])(
        "rejects %s with a 400 and writes nothing",
        async (_, body, message) => {
          const res = await fail("post", "/contacts", body)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
          expect(await contactCount()).toBe(0)
        }
      )

      it("lists contacts searching e-mail and name with q, filtering by blocked and e-mail, with paging", async () => {
        await post("/contacts", {
          email: "anna@example.com",
          name: "Anna Nowak",
        })
        await post("/contacts", {
          email: "jan@example.com",
          name: "Jan Kowalski",
          blocked: true,
        })
        await post("/contacts", { email: "zofia@shop.pl", name: "Zofia" })

        const all = await get("/contacts")
        expect(all.count).toBe(3)
        expect(all.contacts.map((c: { email: string }) => c.email)).toEqual([
          "anna@example.com",
          "jan@example.com",
          "zofia@shop.pl",
        ])

        const emails = async (path: string) =>
          (await get(path)).contacts.map((c: { email: string }) => c.email)
        expect(await emails("/contacts?q=kowal")).toEqual(["jan@example.com"])
        expect(await emails("/contacts?q=shop.pl")).toEqual(["zofia@shop.pl"])
        expect(await emails("/contacts?blocked=true")).toEqual([
          "jan@example.com",
        ])
        expect(await emails("/contacts?blocked=false")).toEqual([
          "anna@example.com",
          "zofia@shop.pl",
        ])
        expect(await emails("/contacts?email=ANNA@example.com")).toEqual([
          "anna@example.com",
        ])

        const page = await get("/contacts?limit=1&offset=2&order=-email")
        expect(page).toEqual(
          expect.objectContaining({ count: 3, offset: 2, limit: 1 })
        )
        expect(page.contacts[0].email).toBe("anna@example.com")

        expect((await fail("get", "/contacts?blocked=maybe")).status).toBe(400)
      })

      it("edits a contact's name and note, blocks and unblocks it", async () => {
        const { contact } = await post("/contacts", {
          email: "jan@example.com",
        })

        const edited = (
          await post(`/contacts/${contact.id}`, {
            name: "Jan",
            note: "VIP buyer",
          })
        ).contact
        expect(edited).toEqual(
          expect.objectContaining({
            name: "Jan",
            note: "VIP buyer",
            blocked: false,
          })
        )

        expect(
          (await post(`/contacts/${contact.id}`, { blocked: true })).contact
            .blocked
        ).toBe(true)
        expect(
          (await post(`/contacts/${contact.id}`, { blocked: false })).contact
            .blocked
        ).toBe(false)

        const cleared = (await post(`/contacts/${contact.id}`, { note: null }))
          .contact
        expect(cleared.note).toBeNull()
      })

      it("refuses to change a contact's e-mail to another contact's or to a bad one, changing nothing", async () => {
        await post("/contacts", { email: "anna@example.com" })
        const { contact } = await post("/contacts", {
          email: "jan@example.com",
        })

        const taken = await fail("post", `/contacts/${contact.id}`, {
          email: "Anna@Example.com",
          name: "Changed",
        })
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(/"anna@example.com" already exists/)

        const bad = await fail("post", `/contacts/${contact.id}`, {
          email: "x@",
        })
        expect(bad.status).toBe(400)

        const after = (await get(`/contacts/${contact.id}`)).contact
        expect(after).toEqual(
          expect.objectContaining({ email: "jan@example.com", name: null })
        )
      })

      it("blocking a contact stops it from starting a chat with a polite 403, and unblocking lets it in again", async () => {
        const channel = await createChannel()
        const { contact } = await post("/contacts", {
          email: "jan@example.com",
        })
        await post(`/contacts/${contact.id}`, { blocked: true })

        const start = (clientId: string) =>
          api
            .post(
              `/helpdesk/channels/${channel.id}/conversations`,
              {
                name: "Jan",
                email: "JAN@example.com",
                subject: "Hello",
                message: "Are you there?",
                client_id: clientId,
              },
              { headers: { origin: STORE } }
            )
            .catch(failure)

        const refused = await start("blocked-1")
        expect(refused.status).toBe(403)
        expect(refused.data.message).toBe(
          "We cannot start a chat from this e-mail address. Please contact the shop another way."
        )
        expect((await helpdesk().listAndCountHelpdeskTickets())[1]).toBe(0)

        await post(`/contacts/${contact.id}`, { blocked: false })
        const accepted = await start("unblocked-1")
        expect(accepted.status).toBe(201)
        expect((await helpdesk().listAndCountHelpdeskTickets())[1]).toBe(1)
      })

      it("deletes a contact, and answers 404 for an unknown one", async () => {
        const { contact } = await post("/contacts", {
          email: "jan@example.com",
        })
        const res = await api.delete(
          `/admin/helpdesk/contacts/${contact.id}`,
          admin.headers
        )
        expect(res.data).toEqual({
          id: contact.id,
          object: "contact",
          deleted: true,
        })
        expect(await contactCount()).toBe(0)

        for (const method of ["get", "post", "delete"] as const) {
          const missing = await fail(method, "/contacts/hdct_missing", {
            name: "X",
          })
          expect(missing.status).toBe(404)
          expect(missing.data.message).toBe(
            'Contact "hdct_missing" was not found.'
          )
        }
      })
    })

    describe("projects", () => {
      const projectCount = async () =>
        (await helpdesk().listAndCountHelpdeskProjects())[1]

      it("creates, updates and reads a project", async () => {
        const { project } = await post("/projects", {
          name: "Spring returns",
          description: "Refunds to chase",
        })
        expect(project).toEqual({
          id: expect.stringMatching(/^hdpj_/),
          name: "Spring returns",
          description: "Refunds to chase",
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })

        const updated = (
          await post(`/projects/${project.id}`, { description: null })
        ).project
        expect(updated).toEqual(
          expect.objectContaining({ name: "Spring returns", description: null })
        )
      })

      it.each([
        ["an empty name", { name: "" }],
        ["an unknown field", { name: "A", status: "open" }],
      ])("rejects %s with a 400 and writes nothing", async (_, body) => {
        const res = await fail("post", "/projects", body)
        expect(res.status).toBe(400)
        expect(await projectCount()).toBe(0)
      })

      it("expands a project's tasks with fields=*tasks, leaving out tasks on tickets the user may not see", async () => {
        const { project } = await post("/projects", { name: "Board" })
        const visible = await post("/tasks", {
          title: "Call the courier",
          project_id: project.id,
        })
        const hiddenTicket = await createHiddenTicket()
        await helpdesk().createHelpdeskTasks([
          {
            title: "Secret",
            project_id: project.id,
            ticket_id: hiddenTicket.id,
          },
        ])

        const plain = (await get(`/projects/${project.id}`)).project
        expect(plain.tasks).toBeUndefined()

        const detail = (await get(`/projects/${project.id}?fields=*tasks`))
          .project
        expect(detail.tasks.map((t: { id: string }) => t.id)).toEqual([
          visible.task.id,
        ])

        const list = await get("/projects?fields=id,name,*tasks")
        expect(list.projects).toEqual([
          expect.objectContaining({
            name: "Board",
            tasks: [expect.objectContaining({ title: "Call the courier" })],
          }),
        ])
      })

      it("lists projects with q and paging", async () => {
        for (const name of ["Beta", "Alpha", "Gamma"]) {
          await post("/projects", { name })
        }
        const all = await get("/projects")
        expect(all.count).toBe(3)
        expect(names(all.projects)).toEqual(["Alpha", "Beta", "Gamma"])
        expect(names((await get("/projects?q=amm")).projects)).toEqual([
          "Gamma",
        ])
        const page = await get("/projects?limit=1&offset=1")
        expect(page).toEqual(
          expect.objectContaining({ count: 3, offset: 1, limit: 1 })
        )
        expect(names(page.projects)).toEqual(["Beta"])
      })

      it("deletes a project together with its tasks", async () => {
        const { project } = await post("/projects", { name: "Board" })
        await post("/tasks", { title: "One", project_id: project.id })
        const other = await post("/tasks", { title: "Loose" })

        const res = await api.delete(
          `/admin/helpdesk/projects/${project.id}`,
          admin.headers
        )
        expect(res.data).toEqual({
          id: project.id,
          object: "project",
          deleted: true,
        })
        expect(await projectCount()).toBe(0)
        const remaining = await helpdesk().listHelpdeskTasks()
        expect(remaining.map((t) => t.id)).toEqual([other.task.id])
      })

      it("answers 404 for an unknown project", async () => {
        for (const method of ["get", "post", "delete"] as const) {
          const res = await fail(method, "/projects/hdpj_missing", {
            name: "X",
          })
          expect(res.status).toBe(404)
          expect(res.data.message).toBe('Project "hdpj_missing" was not found.')
        }
      })
    })

    describe("tasks", () => {
      const taskCount = async () =>
        (await helpdesk().listAndCountHelpdeskTasks())[1]

      it("creates a task on a ticket, in a project, for an assignee, due at a time", async () => {
        const { project } = await post("/projects", { name: "Board" })
        const ticket = await createTicket()

        const { task } = await post("/tasks", {
          title: "Refund the parcel",
          description: "Order #1042",
          ticket_id: ticket.id,
          project_id: project.id,
          assignee_id: admin.user.id,
          due_at: "2026-05-01T14:00:00+02:00",
          status: "doing",
        })
        expect(task).toEqual({
          id: expect.stringMatching(/^hdtk_/),
          title: "Refund the parcel",
          description: "Order #1042",
          status: "doing",
          due_at: "2026-05-01T12:00:00.000Z",
          assignee_id: admin.user.id,
          project_id: project.id,
          ticket_id: ticket.id,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })

        const minimal = (await post("/tasks", { title: "Just a note" })).task
        expect(minimal).toEqual(
          expect.objectContaining({
            status: "todo",
            due_at: null,
            ticket_id: null,
            project_id: null,
            assignee_id: null,
          })
        )
      })

      it("rejects an unknown assignee or project with a 400 naming it, writing nothing", async () => {
        const assignee = await fail("post", "/tasks", {
          title: "X",
          assignee_id: "user_missing",
        })
        expect(assignee.status).toBe(400)
        expect(assignee.data.message).toMatch(
          /assignee_id: no Medusa user has the id "user_missing"/
        )

        const project = await fail("post", "/tasks", {
          title: "X",
          project_id: "hdpj_missing",
        })
        expect(project.status).toBe(400)
        expect(project.data.message).toMatch(
          /project_id: there is no project with the id "hdpj_missing"/
        )
        expect(await taskCount()).toBe(0)
      })

      it("answers 404 ticket-not-found for a ticket that does not exist or that the user may not see", async () => {
        const missing = await fail("post", "/tasks", {
          title: "X",
          ticket_id: "hdt_missing",
        })
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe('Ticket "hdt_missing" was not found.')

        const hidden = await createHiddenTicket()
        const refused = await fail("post", "/tasks", {
          title: "X",
          ticket_id: hidden.id,
        })
        expect(refused.status).toBe(404)
        expect(refused.data.message).toBe(
          `Ticket "${hidden.id}" was not found.`
        )
        expect(await taskCount()).toBe(0)
      })

      it.each([
        ["an empty title", { title: "  " }, /title/],
        [
          "a status outside todo/doing/done",
          { title: "X", status: "blocked" },
          /status/,
        ],
        [
          "a due date that is not a date-time",
          { title: "X", due_at: "tomorrow" },
          /due_at must be an ISO 8601 date-time/,
        ],
        [
          "a date without a time",
          { title: "X", due_at: "2026-05-01" },
          /due_at/,
        ],
        ["an unknown field", { title: "X", priority: "high" }, /priority/],
      ])(
        "rejects %s with a 400 and writes nothing",
        async (_, body, message) => {
          const res = await fail("post", "/tasks", body)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
          expect(await taskCount()).toBe(0)
        }
      )

      it("lists tasks filtered by ticket, project, status and assignee, with paging", async () => {
        const marek = await createAdminSession(
          getContainer(),
          "marek@helpdesk.test"
        )
        const { project } = await post("/projects", { name: "Board" })
        const ticket = await createTicket()
        await post("/tasks", {
          title: "A",
          ticket_id: ticket.id,
          status: "todo",
        })
        await post("/tasks", {
          title: "B",
          project_id: project.id,
          status: "doing",
          assignee_id: marek.user.id,
        })
        await post("/tasks", {
          title: "C",
          project_id: project.id,
          status: "done",
          ticket_id: ticket.id,
        })

        const titles = async (path: string) =>
          (await get(path)).tasks.map((t: { title: string }) => t.title).sort()

        const all = await get("/tasks")
        expect(all.count).toBe(3)
        expect(await titles(`/tasks?ticket_id=${ticket.id}`)).toEqual([
          "A",
          "C",
        ])
        expect(await titles(`/tasks?project_id=${project.id}`)).toEqual([
          "B",
          "C",
        ])
        expect(await titles("/tasks?status=doing")).toEqual(["B"])
        expect(await titles("/tasks?status[]=todo&status[]=done")).toEqual([
          "A",
          "C",
        ])
        expect(await titles(`/tasks?assignee_id=${marek.user.id}`)).toEqual([
          "B",
        ])
        expect(await titles("/tasks?q=b")).toEqual(["B"])
        expect(await titles("/tasks?status=todo,done")).toEqual(["A", "C"])
        const badStatus = await fail("get", "/tasks?status=todo,later")
        expect(badStatus.status).toBe(400)
        expect(badStatus.data.message).toContain(
          "status must be one of todo, doing, done."
        )

        const page = await get(
          "/tasks?order=title&limit=2&offset=1&fields=id,title"
        )
        expect(page).toEqual({
          tasks: [
            { id: expect.any(String), title: "B" },
            { id: expect.any(String), title: "C" },
          ],
          count: 3,
          offset: 1,
          limit: 2,
        })

        expect((await fail("get", "/tasks?status=later")).status).toBe(400)
      })

      it("hides tasks on tickets the user may not see from the list, and answers 404 for them", async () => {
        const hidden = await createHiddenTicket()
        const [secret] = await helpdesk().createHelpdeskTasks([
          { title: "Secret", ticket_id: hidden.id },
        ])
        await post("/tasks", { title: "Visible" })
        const openTicket = await createTicket()
        await post("/tasks", {
          title: "On an open ticket",
          ticket_id: openTicket.id,
        })

        const list = await get("/tasks")
        expect(list.count).toBe(2)
        expect(
          list.tasks.map((t: { title: string }) => t.title).sort()
        ).toEqual(["On an open ticket", "Visible"])
        expect((await get(`/tasks?ticket_id=${hidden.id}`)).tasks).toEqual([])

        for (const method of ["get", "post", "delete"] as const) {
          const res = await fail(method, `/tasks/${secret.id}`, {
            status: "done",
          })
          expect(res.status).toBe(404)
          expect(res.data.message).toBe(`Task "${secret.id}" was not found.`)
        }
        const after = await helpdesk().retrieveHelpdeskTask(secret.id)
        expect(after.status).toBe("todo")
      })

      it("updates a task's status, moves it and clears fields with null", async () => {
        const { project } = await post("/projects", { name: "Board" })
        const { task } = await post("/tasks", {
          title: "Refund",
          project_id: project.id,
          assignee_id: admin.user.id,
          due_at: "2026-05-01T12:00:00Z",
        })

        const done = (await post(`/tasks/${task.id}`, { status: "done" })).task
        expect(done).toEqual(
          expect.objectContaining({
            status: "done",
            project_id: project.id,
            assignee_id: admin.user.id,
          })
        )

        const cleared = (
          await post(`/tasks/${task.id}`, {
            project_id: null,
            assignee_id: null,
            due_at: null,
            title: "Refund sent",
          })
        ).task
        expect(cleared).toEqual(
          expect.objectContaining({
            title: "Refund sent",
            status: "done",
            project_id: null,
            assignee_id: null,
            due_at: null,
          })
        )
        expect((await get(`/tasks/${task.id}`)).task).toEqual(cleared)
      })

      it("keeps a task unchanged when an update names an unknown project, user or ticket", async () => {
        const { task } = await post("/tasks", { title: "Refund" })
        const hidden = await createHiddenTicket()

        const cases: [Record<string, unknown>, number][] = [
          [{ status: "done", project_id: "hdpj_missing" }, 400],
          [{ status: "done", assignee_id: "user_missing" }, 400],
          [{ status: "done", ticket_id: "hdt_missing" }, 404],
          [{ status: "done", ticket_id: hidden.id }, 404],
          [{ status: "done", due_at: "soon" }, 400],
        ]
        for (const [body, status] of cases) {
          const res = await fail("post", `/tasks/${task.id}`, body)
          expect(res.status).toBe(status)
        }
        expect((await get(`/tasks/${task.id}`)).task).toEqual(task)
      })

      it("deletes a task, and answers 404 for an unknown one", async () => {
        const { task } = await post("/tasks", { title: "Refund" })
        const res = await api.delete(
          `/admin/helpdesk/tasks/${task.id}`,
          admin.headers
        )
        expect(res.data).toEqual({ id: task.id, object: "task", deleted: true })
        expect(await taskCount()).toBe(0)

        for (const method of ["get", "post", "delete"] as const) {
          const missing = await fail(method, "/tasks/hdtk_missing", {
            title: "X",
          })
          expect(missing.status).toBe(404)
          expect(missing.data.message).toBe(
            'Task "hdtk_missing" was not found.'
          )
        }
      })
    })
  },
})
