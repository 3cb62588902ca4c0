import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { createChannelsWorkflow } from "../../src/workflows/channels/workflows/create-channels"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"

jest.setTimeout(60 * 1000)

type AxiosLikeError = {
  response: { status: number; data: { type: string; message: string } }
}
const failure = (err: unknown) => (err as AxiosLikeError).response

// Any test creating a channel with this name makes the workflow fail after every step ran.
const ROLLBACK_NAME = "Rollback: fail after every step"
createChannelsWorkflow.hooks.channelsCreated(({ channels }) => {
  if (channels.some((c) => c.name === ROLLBACK_NAME)) {
    throw new Error("forced failure after the channel was written")
  }
})

const fullChannel = (agentIds: string[]) => ({
  name: "Sklep PL",
  welcome_message: "Cześć! W czym możemy pomóc?",
  alignment: "left",
  vertical_offset: 40,
  path_list_type: "whitelist",
  paths: ["/products/*", "/"],
  store_url: "https://shop.example.com/",
  agent_ids: agentIds,
  opening_hours: {
    mon: [{ from: "09:00", to: "17:00" }],
    tue: [{ from: "09:00", to: "17:00" }],
    wed: [],
    thu: [{ from: "22:00", to: "02:00" }],
    fri: [
      { from: "09:00", to: "12:00" },
      { from: "13:00", to: "17:00" },
    ],
    sat: [],
    sun: [],
  },
  holidays: ["2026-12-25", "2026-12-24"],
  timezone: "Europe/Warsaw",
  after_hours_behavior: "hide_widget",
  after_hours_message: "Jesteśmy offline, odpiszemy jutro.",
  locale: "pl",
  color: "#ff5500",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminSession

    beforeEach(async () => {
      admin = await createAdminSession(getContainer())
    })

    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const counts = async () => {
      const [, channels] = await helpdesk().listAndCountHelpdeskChannels()
      const [, inboxes] = await helpdesk().listAndCountHelpdeskInboxes()
      const [, agents] = await helpdesk().listAndCountHelpdeskChannelAgents()
      return { channels, inboxes, agents }
    }
    const create = async (body: Record<string, unknown>) =>
      (await api.post("/admin/helpdesk/channels", body, admin.headers)).data
        .channel

    describe("POST /admin/helpdesk/channels", () => {
      it("creates a channel with every field and returns it in the shape it was sent", async () => {
        const channel = await create(fullChannel([admin.user.id]))

        expect(channel).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^hdch_/),
            name: "Sklep PL",
            welcome_message: "Cześć! W czym możemy pomóc?",
            alignment: "left",
            vertical_offset: 40,
            path_list_type: "whitelist",
            paths: ["/products/*", "/"],
            store_url: "https://shop.example.com",
            agent_ids: [admin.user.id],
            timezone: "Europe/Warsaw",
            holidays: ["2026-12-24", "2026-12-25"],
            after_hours_behavior: "hide_widget",
            after_hours_message: "Jesteśmy offline, odpiszemy jutro.",
            locale: "pl",
            color: "#ff5500",
            enabled: true,
            inbox_id: expect.stringMatching(/^hdib_/),
          })
        )
        expect(channel.opening_hours).toEqual(fullChannel([]).opening_hours)
      })

      it("fills every optional field with its documented default", async () => {
        const channel = await create({
          name: "Minimal",
          store_url: "http://localhost:8000",
        })

        expect(channel).toEqual(
          expect.objectContaining({
            alignment: "right",
            vertical_offset: 25,
            path_list_type: "blacklist",
            paths: [],
            timezone: "UTC",
            holidays: [],
            after_hours_behavior: "display_message",
            locale: "en",
            agent_ids: [],
            enabled: true,
          })
        )
        expect(channel.opening_hours).toEqual({
          mon: [{ from: "09:00", to: "17:00" }],
          tue: [{ from: "09:00", to: "17:00" }],
          wed: [{ from: "09:00", to: "17:00" }],
          thu: [{ from: "09:00", to: "17:00" }],
          fri: [{ from: "09:00", to: "17:00" }],
          sat: [],
          sun: [],
        })
      })

      it("gives a channel created without an inbox an inbox named after it", async () => {
        const channel = await create({
          name: "Outlet",
          store_url: "https://outlet.example.com",
        })

        const inbox = await helpdesk().retrieveHelpdeskInbox(channel.inbox_id)
        expect(inbox.name).toBe("Outlet")
      })

      it("routes a channel to an existing inbox when given one", async () => {
        const [inbox] = await helpdesk().createHelpdeskInboxes([
          { name: "Shared" },
        ])
        const channel = await create({
          name: "Second store",
          store_url: "https://second.example.com",
          inbox_id: inbox.id,
        })

        expect(channel.inbox_id).toBe(inbox.id)
        expect((await counts()).inboxes).toBe(1)
      })

      it("fills the days a partial week leaves out as closed", async () => {
        const channel = await create({
          name: "Weekends",
          store_url: "https://shop.example.com",
          opening_hours: { sat: [{ from: "10:00", to: "14:00" }] },
        })

        expect(channel.opening_hours).toEqual({
          mon: [],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [{ from: "10:00", to: "14:00" }],
          sun: [],
        })
      })

      const invalid: [string, Record<string, unknown>, RegExp][] = [
        [
          "a time zone that does not exist",
          { timezone: "Mars/Olympus" },
          /timezone must be an IANA time zone/,
        ],
        [
          "an hour of 25:00",
          { opening_hours: { mon: [{ from: "25:00", to: "17:00" }] } },
          /opening_hours\.mon\[0\]\.from .*"25:00"/,
        ],
        [
          "a closing time of 24:30",
          { opening_hours: { tue: [{ from: "09:00", to: "24:30" }] } },
          /opening_hours\.tue\[0\]\.to/,
        ],
        [
          "an interval that opens and closes at once",
          { opening_hours: { wed: [{ from: "09:00", to: "09:00" }] } },
          /opening_hours\.wed\[0\] opens and closes at the same time/,
        ],
        ["an unknown weekday", { opening_hours: { monday: [] } }, /monday/],
        [
          "a negative vertical offset",
          { vertical_offset: -5 },
          /vertical_offset/,
        ],
        [
          "a fractional vertical offset",
          { vertical_offset: 2.5 },
          /vertical_offset/,
        ],
        [
          "a path without a leading slash",
          { paths: ["/ok", "checkout"] },
          /paths\[1\] must start with "\/"/,
        ],
        [
          "a store URL that is not http(s)",
          { store_url: "ftp://shop.example.com" },
          /store_url must be the address of the store/,
        ],
        [
          "a javascript: store URL",
          { store_url: "javascript:alert(1)" },
          /store_url/,
        ],
        [
          "a holiday that is not a date",
          { holidays: ["2026-02-30"] },
          /holidays\[0\] must be a calendar date/,
        ],
        [
          "a colour that is not hex",
          { color: "blue" },
          /color must be a hex colour/,
        ],
        [
          "an alignment other than left or right",
          { alignment: "center" },
          /alignment/,
        ],
        ["an unsupported locale", { locale: "de" }, /locale/],
        [
          "an unknown after-hours behaviour",
          { after_hours_behavior: "redirect" },
          /after_hours_behavior/,
        ],
        ["an unknown field", { colour: "#ffffff" }, /colour/],
        ["an empty name", { name: "   " }, /field 'name' too small/],
        [
          "an unknown user as agent",
          { agent_ids: ["user_does_not_exist"] },
          /agent_ids: no Medusa user has the id "user_does_not_exist"/,
        ],
        [
          "an inbox that does not exist",
          { inbox_id: "hdib_missing" },
          /inbox_id: there is no inbox with the id "hdib_missing"/,
        ],
      ]

      it.each(invalid)(
        "rejects %s with a 400 naming the field and writes nothing",
        async (_, patch, message) => {
          const body = {
            name: "Bad",
            store_url: "https://shop.example.com",
            ...patch,
          }

          const res = await api
            .post("/admin/helpdesk/channels", body, admin.headers)
            .catch(failure)

          expect(res.status).toBe(400)
          expect(res.data.type).toBe("invalid_data")
          expect(res.data.message).toMatch(message)
          expect(await counts()).toEqual({ channels: 0, inboxes: 0, agents: 0 })
        }
      )

      it("rejects a body without the required name and store URL", async () => {
        const res = await api
          .post("/admin/helpdesk/channels", {}, admin.headers)
          .catch(failure)

        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/name/)
        expect((await counts()).channels).toBe(0)
      })

      it("undoes the channel, its inbox and its agents when the workflow fails after writing them", async () => {
        const res = await api
          .post(
            "/admin/helpdesk/channels",
            {
              name: ROLLBACK_NAME,
              store_url: "https://shop.example.com",
              agent_ids: [admin.user.id],
            },
            admin.headers
          )
          .catch(failure)

        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(await counts()).toEqual({ channels: 0, inboxes: 0, agents: 0 })
      })

      it("refuses requests without an admin session", async () => {
        const res = await api
          .post("/admin/helpdesk/channels", {
            name: "x",
            store_url: "https://a.example",
          })
          .catch(failure)

        expect(res.status).toBe(401)
        expect((await counts()).channels).toBe(0)
      })
    })

    describe("GET /admin/helpdesk/channels", () => {
      it("lists channels with count, offset and limit, honouring order, limit, offset, fields and q", async () => {
        await create({ name: "Alpha", store_url: "https://a.example.com" })
        await create({ name: "Bravo", store_url: "https://b.example.com" })
        await create({ name: "Charlie", store_url: "https://c.example.com" })

        const all = (
          await api.get("/admin/helpdesk/channels?order=name", admin.headers)
        ).data
        expect(all.count).toBe(3)
        expect(all.channels.map((c: { name: string }) => c.name)).toEqual([
          "Alpha",
          "Bravo",
          "Charlie",
        ])

        const page = (
          await api.get(
            "/admin/helpdesk/channels?order=-name&limit=1&offset=1&fields=id,name",
            admin.headers
          )
        ).data
        expect(page).toEqual({
          channels: [{ id: expect.any(String), name: "Bravo" }],
          count: 3,
          offset: 1,
          limit: 1,
        })

        const found = (
          await api.get("/admin/helpdesk/channels?q=harl", admin.headers)
        ).data
        expect(found.channels.map((c: { name: string }) => c.name)).toEqual([
          "Charlie",
        ])
      })

      it("never answers a channel's tickets through fields, and refuses to order by a field channels do not have", async () => {
        const { channel } = (
          await api.post(
            "/admin/helpdesk/channels",
            { name: "Alpha", store_url: "https://a.example.com" },
            admin.headers
          )
        ).data
        await helpdesk().createHelpdeskTickets({
          subject: "Where is my parcel?",
          customer_email: "jan@example.com",
          channel_id: channel.id,
        })

        for (const path of [
          "/admin/helpdesk/channels?fields=id,tickets.subject",
          `/admin/helpdesk/channels/${channel.id}?fields=*tickets`,
        ]) {
          const res = await api.get(path, admin.headers).catch(failure)
          expect({ path, status: res.status }).toEqual({ path, status: 200 })
          expect(JSON.stringify(res.data)).not.toMatch(
            /Where is my parcel\?|"tickets"/
          )
        }

        const res = await api
          .get("/admin/helpdesk/channels?order=colour", admin.headers)
          .catch(failure)
        expect(res.status).toBe(400)
      })

      it("rejects a limit that is not a number", async () => {
        const res = await api
          .get("/admin/helpdesk/channels?limit=lots", admin.headers)
          .catch(failure)
        expect(res.status).toBe(400)
      })
    })

    describe("GET /admin/helpdesk/channels/:id", () => {
      it("returns the channel with its agents as agent_ids", async () => {
        const created = await create({
          name: "One",
          store_url: "https://one.example.com",
          agent_ids: [admin.user.id],
        })

        const { channel } = (
          await api.get(`/admin/helpdesk/channels/${created.id}`, admin.headers)
        ).data
        expect(channel).toEqual(
          expect.objectContaining({
            id: created.id,
            name: "One",
            agent_ids: [admin.user.id],
          })
        )
      })

      it("answers 404 with a sentence for an unknown channel", async () => {
        const res = await api
          .get("/admin/helpdesk/channels/hdch_missing", admin.headers)
          .catch(failure)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(
          'Chat channel "hdch_missing" was not found.'
        )
      })
    })

    describe("POST /admin/helpdesk/channels/:id", () => {
      it("changes only the fields sent and replaces the agent list when agent_ids is sent", async () => {
        const other = await getContainer()
          .resolve("user")
          .createUsers({ email: "bob@helpdesk.test", first_name: "Bob" })
        const created = await create({ ...fullChannel([admin.user.id]) })

        const { channel } = (
          await api.post(
            `/admin/helpdesk/channels/${created.id}`,
            { name: "Sklep PL 2", agent_ids: [other.id], vertical_offset: 0 },
            admin.headers
          )
        ).data

        expect(channel).toEqual(
          expect.objectContaining({
            name: "Sklep PL 2",
            vertical_offset: 0,
            agent_ids: [other.id],
            timezone: "Europe/Warsaw",
            locale: "pl",
          })
        )
        expect((await counts()).agents).toBe(1)
      })

      it("keeps the agent list when agent_ids is not sent, and empties it when it is []", async () => {
        const created = await create({
          name: "Keep",
          store_url: "https://k.example.com",
          agent_ids: [admin.user.id],
        })

        const kept = (
          await api.post(
            `/admin/helpdesk/channels/${created.id}`,
            { enabled: false },
            admin.headers
          )
        ).data.channel
        expect(kept).toEqual(
          expect.objectContaining({
            enabled: false,
            agent_ids: [admin.user.id],
          })
        )

        const emptied = (
          await api.post(
            `/admin/helpdesk/channels/${created.id}`,
            { agent_ids: [] },
            admin.headers
          )
        ).data.channel
        expect(emptied.agent_ids).toEqual([])
      })

      it("rejects an invalid update with a 400 and leaves the channel as it was", async () => {
        const created = await create(fullChannel([admin.user.id]))

        const res = await api
          .post(
            `/admin/helpdesk/channels/${created.id}`,
            { name: "Changed", timezone: "Europe/Nowhere", agent_ids: [] },
            admin.headers
          )
          .catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/timezone/)

        const unknownAgent = await api
          .post(
            `/admin/helpdesk/channels/${created.id}`,
            { name: "Changed", agent_ids: ["user_nobody"] },
            admin.headers
          )
          .catch(failure)
        expect(unknownAgent.status).toBe(400)

        const { channel } = (
          await api.get(`/admin/helpdesk/channels/${created.id}`, admin.headers)
        ).data
        expect(channel).toEqual(
          expect.objectContaining({
            name: "Sklep PL",
            timezone: "Europe/Warsaw",
            agent_ids: [admin.user.id],
          })
        )
      })

      it("answers 404 when updating an unknown channel", async () => {
        const res = await api
          .post(
            "/admin/helpdesk/channels/hdch_missing",
            { name: "x" },
            admin.headers
          )
          .catch(failure)
        expect(res.status).toBe(404)
      })
    })

    describe("DELETE /admin/helpdesk/channels/:id", () => {
      it("deletes the channel and answers in Medusa's deletion shape", async () => {
        const created = await create({
          name: "Gone",
          store_url: "https://g.example.com",
        })

        const { data } = await api.delete(
          `/admin/helpdesk/channels/${created.id}`,
          admin.headers
        )
        expect(data).toEqual({
          id: created.id,
          object: "channel",
          deleted: true,
        })

        const res = await api
          .get(`/admin/helpdesk/channels/${created.id}`, admin.headers)
          .catch(failure)
        expect(res.status).toBe(404)
      })

      it("answers 404 when deleting an unknown channel", async () => {
        const res = await api
          .delete("/admin/helpdesk/channels/hdch_missing", admin.headers)
          .catch(failure)
        expect(res.status).toBe(404)
      })
    })

    describe("GET /admin/helpdesk/channels/:id/embed-code", () => {
      it("returns a snippet that loads the widget from the configured backend URL, whatever the request's host", async () => {
        const created = await create({
          name: "Embed",
          store_url: "https://shop.example.com",
        })

        const { data } = await api.get(
          `/admin/helpdesk/channels/${created.id}/embed-code`,
          {
            headers: { ...admin.headers.headers, host: "attacker.example" },
          }
        )

        expect(data.embed_code).toContain("<script>")
        expect(data.embed_code).toContain(
          '"http://localhost:9000/helpdesk/widget/loader.js"'
        )
        expect(data.embed_code).toContain(`"${created.id}"`)
        expect(data.embed_code).not.toContain("attacker.example")
      })

      it("answers 404 for an unknown channel", async () => {
        const res = await api
          .get(
            "/admin/helpdesk/channels/hdch_missing/embed-code",
            admin.headers
          )
          .catch(failure)
        expect(res.status).toBe(404)
      })
    })
  },
})
