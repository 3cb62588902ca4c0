import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Socket } from "socket.io-client"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import type { SendAck, WireMessage } from "../../src/types/realtime"
import { deleteUnsentAttachmentsWorkflow } from "../../src/workflows/attachments/workflows/delete-unsent-attachments"
import { uploadAttachmentsWorkflow } from "../../src/workflows/attachments/workflows/upload-attachments"
import { sendVisitorMessagesWorkflow } from "../../src/workflows/messages/workflows/send-visitor-messages"
import { createAdminSession, type AdminSession } from "../helpers/admin-user"
import { connect, eventually } from "../helpers/sockets"

jest.setTimeout(120 * 1000)

const MAX_BYTES = 64 * 1024
const MAX_FILES = 3
const UPLOADS_PER_MINUTE = 12
const PRIVATE_DIR = mkdtempSync(join(tmpdir(), "helpdesk-attachments-"))

// Read by medusa-config when the app boots; jest gives every spec file its own process.env.
Object.assign(process.env, {
  HELPDESK_ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
  HELPDESK_ATTACHMENT_MAX_FILES: String(MAX_FILES),
  HELPDESK_RATE_LIMIT_MESSAGES: `${UPLOADS_PER_MINUTE}/60`,
  HELPDESK_PRIVATE_UPLOAD_DIR: PRIVATE_DIR,
})

const STORE = "https://shop.example.com"
const ALWAYS_OPEN = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [
    d,
    [{ from: "00:00", to: "24:00" }],
  ])
)

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) =>
      typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)
    )
  )
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF\0 broken mug")
const PNG = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  "IHDR receipt"
)
const GIF = bytes("GIF89a", [1, 0, 1, 0])
const WEBP = bytes("RIFF", [0x1a, 0, 0, 0], "WEBPVP8 mug")
const PDF = bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
const HTML = bytes("<!DOCTYPE html><script>alert(1)</script>")
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')

type Upload = { name: string; type: string; content: Buffer }
const file = (name: string, type: string, content: Buffer): Upload => ({
  name,
  type,
  content,
})

const storedFiles = () =>
  readdirSync(PRIVATE_DIR).filter((f) => f.includes("helpdesk-"))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminSession
    let channelId: string
    const baseUrl = () => api.defaults.baseURL as string
    const helpdesk = () =>
      getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const sockets: Socket[] = []

    beforeEach(async () => {
      admin = await createAdminSession(getContainer())
      const { data } = await api.post(
        "/admin/helpdesk/channels",
        { name: "Sklep", store_url: STORE, opening_hours: ALWAYS_OPEN },
        admin.headers
      )
      channelId = data.channel.id
    })

    afterEach(() => {
      sockets.splice(0).forEach((s) => s.close())
    })

    let conversations = 0
    const startConversation = async () => {
      conversations++
      const { data } = await api.post(
        `/helpdesk/channels/${channelId}/conversations`,
        {
          name: "Jan Kowalski",
          email: `jan${conversations}@example.com`,
          subject: "Broken mug",
          message: "The mug arrived broken.",
          client_id: "first-1",
        },
        { headers: { origin: STORE } }
      )
      return {
        ticketId: data.conversation.id as string,
        token: data.visitor_token as string,
      }
    }

    const visitorHeaders = (token: string) => ({
      authorization: `Bearer ${token}`,
      origin: STORE,
    })
    const adminHeaders = (session: AdminSession = admin) =>
      session.headers.headers

    const upload = async (
      path: string,
      headers: Record<string, string>,
      files: Upload[],
      field = "files"
    ) => {
      const form = new FormData()
      for (const f of files) {
        form.append(
          field,
          new Blob([new Uint8Array(f.content)], { type: f.type }),
          f.name
        )
      }
      const res = await fetch(`${baseUrl()}${path}`, {
        method: "POST",
        headers,
        body: form,
      })
      return {
        status: res.status,
        headers: res.headers,
        data: await res.json(),
      }
    }
    const visitorUpload = (
      c: { ticketId: string; token: string },
      files: Upload[],
      field?: string
    ) =>
      upload(
        `/helpdesk/conversations/${c.ticketId}/attachments`,
        visitorHeaders(c.token),
        files,
        field
      )
    const agentUpload = (
      ticketId: string,
      files: Upload[],
      session?: AdminSession
    ) =>
      upload(
        `/admin/helpdesk/tickets/${ticketId}/attachments`,
        adminHeaders(session),
        files
      )

    const visitorSend = async (
      c: { ticketId: string; token: string },
      body: Record<string, unknown>
    ) => {
      const res = await fetch(
        `${baseUrl()}/helpdesk/conversations/${c.ticketId}/messages`,
        {
          method: "POST",
          headers: {
            ...visitorHeaders(c.token),
            "content-type": "application/json",
          },
          body: JSON.stringify(body),
        }
      )
      return { status: res.status, data: await res.json() }
    }
    const agentSend = async (
      ticketId: string,
      body: Record<string, unknown>,
      session: AdminSession = admin
    ) => {
      const res = await fetch(
        `${baseUrl()}/admin/helpdesk/tickets/${ticketId}/messages`,
        {
          method: "POST",
          headers: {
            ...adminHeaders(session),
            "content-type": "application/json",
          },
          body: JSON.stringify(body),
        }
      )
      return { status: res.status, data: await res.json() }
    }
    const get = (url: string, headers: Record<string, string> = {}) =>
      fetch(`${baseUrl()}${url}`, { headers })

    describe("uploads", () => {
      it("stores a shopper's photo and answers { attachment, attachments } with the type read from its content", async () => {
        const c = await startConversation()
        const res = await visitorUpload(c, [
          file("kubek.jpg", "image/jpeg", JPEG),
        ])
        expect(res.status).toBe(201)
        expect(res.data.attachment).toEqual({
          id: expect.stringMatching(/^hdatt_/),
          name: "kubek.jpg",
          mime_type: "image/jpeg",
          size: JPEG.length,
        })
        expect(res.data.attachments).toEqual([res.data.attachment])
      })

      it("answers every file of a multi-file upload in the order sent", async () => {
        const c = await startConversation()
        const res = await visitorUpload(c, [
          file("a.png", "image/png", PNG),
          file("b.gif", "image/gif", GIF),
          file("c.webp", "image/webp", WEBP),
        ])
        expect(res.status).toBe(201)
        expect(
          res.data.attachments.map((a: { name: string; mime_type: string }) => [
            a.name,
            a.mime_type,
          ])
        ).toEqual([
          ["a.png", "image/png"],
          ["b.gif", "image/gif"],
          ["c.webp", "image/webp"],
        ])
        expect(res.data.attachment).toEqual(res.data.attachments[0])
      })

      it("believes the content, not the name or the declared type", async () => {
        const c = await startConversation()
        const res = await visitorUpload(c, [
          file("invoice.pdf", "application/pdf", PNG),
        ])
        expect(res.status).toBe(201)
        expect(res.data.attachment.mime_type).toBe("image/png")
      })

      it.each([
        ["an HTML page named like a photo", "photo.jpg", "image/jpeg", HTML],
        ["an SVG", "logo.svg", "image/svg+xml", SVG],
        ["a text file", "notes.txt", "text/plain", bytes("hello")],
      ])(
        "refuses %s with 415 and stores nothing",
        async (_what, name, type, content) => {
          const c = await startConversation()
          const before = storedFiles().length
          const res = await visitorUpload(c, [
            file("fine.jpg", "image/jpeg", JPEG),
            file(name, type, content),
          ])
          expect(res.status).toBe(415)
          expect(res.data.message).toBe(
            `"${name}" is not a photo or a PDF. Send a JPEG, PNG, WebP or GIF picture, or a PDF.`
          )
          expect(storedFiles()).toHaveLength(before)
          const [, count] = await helpdesk().listAndCountHelpdeskAttachments({
            ticket_id: c.ticketId,
          })
          expect(count).toBe(0)
        }
      )

      it("refuses a file over maxFileSizeBytes with 413 and stores nothing", async () => {
        const c = await startConversation()
        const before = storedFiles().length
        const big = Buffer.concat([JPEG, Buffer.alloc(MAX_BYTES)])
        const res = await visitorUpload(c, [file("big.jpg", "image/jpeg", big)])
        expect(res.status).toBe(413)
        expect(res.data.message).toBe(
          "A file is larger than 0.1 MB. Send a smaller photo or PDF."
        )
        expect(storedFiles()).toHaveLength(before)
      })

      it("refuses more files than maxFilesPerMessage with 413", async () => {
        const c = await startConversation()
        const res = await visitorUpload(
          c,
          Array.from({ length: MAX_FILES + 1 }, (_, i) =>
            file(`${i}.jpg`, "image/jpeg", JPEG)
          )
        )
        expect(res.status).toBe(413)
        expect(res.data.message).toBe(
          `At most ${MAX_FILES} files can be sent at once.`
        )
      })

      it("asks for the files field when an upload has no files or another field", async () => {
        const c = await startConversation()
        const none = await visitorUpload(c, [])
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/field "files"/)
        const other = await visitorUpload(
          c,
          [file("a.jpg", "image/jpeg", JPEG)],
          "file"
        )
        expect(other.status).toBe(400)
        expect(other.data.message).toBe(
          'Send the files in the multipart field "files", not "file".'
        )
      })

      it("keeps a UTF-8 file name as the shopper wrote it, without its path", async () => {
        const c = await startConversation()
        const res = await visitorUpload(c, [
          file("C:\\zdjęcia\\pęknięty kubek.jpg", "image/jpeg", JPEG),
        ])
        expect(res.status).toBe(201)
        expect(res.data.attachment.name).toBe("pęknięty kubek.jpg")
      })

      it("limits a visitor's uploads like messages, with 429 and Retry-After", async () => {
        const c = await startConversation()
        for (let i = 0; i < UPLOADS_PER_MINUTE; i++) {
          expect(
            (await visitorUpload(c, [file("a.jpg", "image/jpeg", JPEG)])).status
          ).toBe(201)
        }
        const limited = await visitorUpload(c, [
          file("a.jpg", "image/jpeg", JPEG),
        ])
        expect(limited.status).toBe(429)
        expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0)
        expect(limited.data.message).toMatch(/too fast/)
      })

      it("deletes the stored file again when recording the attachment fails", async () => {
        const c = await startConversation()
        const before = storedFiles().length
        const { errors } = await uploadAttachmentsWorkflow(getContainer()).run({
          throwOnError: false,
          input: {
            ticket_id: c.ticketId,
            uploaded_by_type: "customer",
            files: [
              {
                name: "kubek.jpg",
                mime_type: "image/jpeg",
                // not a size: the database refuses the record after the file is stored
                size: "large" as never,
                content: JPEG.toString("base64"),
              },
            ],
          },
        })
        expect(errors.map((e) => e.action)).toEqual([
          "create-helpdesk-attachments",
        ])
        expect(storedFiles()).toHaveLength(before)
        const [, count] = await helpdesk().listAndCountHelpdeskAttachments({
          ticket_id: c.ticketId,
        })
        expect(count).toBe(0)
      })
    })

    describe("messages with attachments", () => {
      it("sends a photo without text and replays it with a url that streams the bytes", async () => {
        const c = await startConversation()
        const { data: up } = await visitorUpload(c, [
          file("kubek.jpg", "image/jpeg", JPEG),
        ])
        const sent = await visitorSend(c, {
          client_id: "photo-1",
          body: "",
          attachment_ids: [up.attachment.id],
        })
        expect(sent.status).toBe(201)
        const expected = {
          id: up.attachment.id,
          name: "kubek.jpg",
          mime_type: "image/jpeg",
          size: JPEG.length,
          url: `/helpdesk/conversations/${c.ticketId}/attachments/${up.attachment.id}`,
        }
        expect(sent.data.message.attachments).toEqual([expected])

        const replay = await get(
          `/helpdesk/conversations/${c.ticketId}/messages?after_seq=0`,
          visitorHeaders(c.token)
        )
        const { messages } = (await replay.json()) as {
          messages: WireMessage[]
        }
        expect(messages.map((m) => m.attachments)).toEqual([[], [expected]])

        const served = await get(expected.url, visitorHeaders(c.token))
        expect(served.status).toBe(200)
        expect(served.headers.get("content-type")).toBe("image/jpeg")
        expect(served.headers.get("x-content-type-options")).toBe("nosniff")
        expect(served.headers.get("content-disposition")).toBe(
          `inline; filename="kubek.jpg"; filename*=UTF-8''kubek.jpg`
        )
        expect(Buffer.from(await served.arrayBuffer())).toEqual(JPEG)
      })

      it("serves a PDF only as a download", async () => {
        const c = await startConversation()
        const { data: up } = await visitorUpload(c, [
          file("faktura.pdf", "application/pdf", PDF),
        ])
        await visitorSend(c, {
          client_id: "pdf-1",
          body: "The invoice",
          attachment_ids: [up.attachment.id],
        })
        const served = await get(
          `/helpdesk/conversations/${c.ticketId}/attachments/${up.attachment.id}`,
          visitorHeaders(c.token)
        )
        expect(served.headers.get("content-type")).toBe("application/pdf")
        expect(served.headers.get("content-disposition")).toMatch(
          /^attachment; filename="faktura.pdf"/
        )
        expect(served.headers.get("x-content-type-options")).toBe("nosniff")
      })

      it("refuses a message with neither text nor attachments", async () => {
        const c = await startConversation()
        const res = await visitorSend(c, { client_id: "empty", body: "  " })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/The message is empty/)
      })

      it("lets an attachment go with one message only, and a resend of that message keeps it", async () => {
        const c = await startConversation()
        const { data: up } = await visitorUpload(c, [
          file("kubek.jpg", "image/jpeg", JPEG),
        ])
        const first = await visitorSend(c, {
          client_id: "m-1",
          body: "Look",
          attachment_ids: [up.attachment.id],
        })
        expect(first.status).toBe(201)

        const resend = await visitorSend(c, {
          client_id: "m-1",
          body: "Look",
          attachment_ids: [up.attachment.id],
        })
        expect(resend.status).toBe(200)
        expect(resend.data.message.id).toBe(first.data.message.id)
        expect(resend.data.message.attachments).toEqual(
          first.data.message.attachments
        )

        const again = await visitorSend(c, {
          client_id: "m-2",
          body: "Look again",
          attachment_ids: [up.attachment.id],
        })
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already sent with another message/)
      })

      it("takes back a stored message and frees its files when the send fails after storing them", async () => {
        const c = await startConversation()
        const { data: up } = await visitorUpload(c, [
          file("kubek.jpg", "image/jpeg", JPEG),
        ])
        sendVisitorMessagesWorkflow.hooks.messagesSent(({ outcomes }) => {
          if (
            outcomes.some(
              (o) => "message" in o && o.message.client_id === "fails-later"
            )
          ) {
            throw new Error("a handler of messagesSent failed")
          }
        })
        const { errors } = await sendVisitorMessagesWorkflow(
          getContainer()
        ).run({
          input: {
            messages: [
              {
                ticket_id: c.ticketId,
                client_id: "fails-later",
                body: "Look",
                attachment_ids: [up.attachment.id],
              },
            ],
          },
          throwOnError: false,
        })
        expect(errors.map((e) => (e.error as Error).message)).toContain(
          "a handler of messagesSent failed"
        )
        const stored = await helpdesk().listHelpdeskMessages({
          ticket_id: c.ticketId,
          client_id: "fails-later",
        })
        expect(stored).toEqual([])

        const retry = await visitorSend(c, {
          client_id: "m-after",
          body: "Look",
          attachment_ids: [up.attachment.id],
        })
        expect(retry.status).toBe(201)
        expect(
          retry.data.message.attachments.map((a: { id: string }) => a.id)
        ).toEqual([up.attachment.id])
      })

      it("refuses an attachment of another conversation or of an agent", async () => {
        const a = await startConversation()
        const b = await startConversation()
        const { data: fromA } = await visitorUpload(a, [
          file("a.jpg", "image/jpeg", JPEG),
        ])
        const { data: fromAgent } = await agentUpload(b.ticketId, [
          file("label.png", "image/png", PNG),
        ])
        for (const id of [fromA.attachment.id, fromAgent.attachment.id]) {
          const res = await visitorSend(b, {
            client_id: `steal-${id}`,
            body: "mine",
            attachment_ids: [id],
          })
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/was not found in this conversation/)
        }
        const [messages] = await helpdesk().listAndCountHelpdeskMessages({
          ticket_id: b.ticketId,
        })
        expect(messages).toHaveLength(1)
      })

      it("delivers a visitor's socket message with its attachments, and agents get admin URLs", async () => {
        const c = await startConversation()
        const { data: tok } = await fetch(
          `${baseUrl()}/admin/helpdesk/realtime/token`,
          { method: "POST", headers: adminHeaders() }
        ).then(async (r) => ({ data: await r.json() }))
        const agent = connect(baseUrl(), "/agent", tok.token)
        const visitor = connect(baseUrl(), "/visitor", c.token, {
          origin: STORE,
        })
        sockets.push(agent.socket, visitor.socket)
        await Promise.all([agent.ready, visitor.ready])

        const { data: up } = await visitorUpload(c, [
          file("kubek.jpg", "image/jpeg", JPEG),
        ])
        const ack = await new Promise<SendAck>((resolve) =>
          visitor.socket.emit(
            "message:send",
            { client_id: "s-1", body: "", attachment_ids: [up.attachment.id] },
            resolve
          )
        )
        expect(ack.ok).toBe(true)
        expect(ack.ok && ack.message.attachments[0].url).toBe(
          `/helpdesk/conversations/${c.ticketId}/attachments/${up.attachment.id}`
        )
        await eventually(() => {
          const live = agent.received.find(
            (r) =>
              r.event === "message:new" &&
              (r.payload as WireMessage).client_id === "s-1"
          )
          expect(
            (live?.payload as WireMessage | undefined)?.attachments[0].url
          ).toBe(
            `/admin/helpdesk/tickets/${c.ticketId}/attachments/${up.attachment.id}`
          )
        })
      })

      it("lets an agent reply with a file, which the shopper may then fetch", async () => {
        const c = await startConversation()
        const { data: up } = await agentUpload(c.ticketId, [
          file("etykieta.pdf", "application/pdf", PDF),
        ])
        const url = `/helpdesk/conversations/${c.ticketId}/attachments/${up.attachment.id}`
        // not sent yet: the shopper cannot see it
        expect((await get(url, visitorHeaders(c.token))).status).toBe(404)

        const reply = await agentSend(c.ticketId, {
          body: "Your return label",
          attachment_ids: [up.attachment.id],
        })
        expect(reply.status).toBe(201)
        expect(reply.data.message.attachments[0].url).toBe(
          `/admin/helpdesk/tickets/${c.ticketId}/attachments/${up.attachment.id}`
        )
        expect((await get(url, visitorHeaders(c.token))).status).toBe(200)
      })

      it("keeps a note's file from the shopper", async () => {
        const c = await startConversation()
        const { data: up } = await agentUpload(c.ticketId, [
          file("internal.png", "image/png", PNG),
        ])
        const note = await agentSend(c.ticketId, {
          body: "",
          kind: "note",
          attachment_ids: [up.attachment.id],
        })
        expect(note.status).toBe(201)
        expect(
          (
            await get(
              `/helpdesk/conversations/${c.ticketId}/attachments/${up.attachment.id}`,
              visitorHeaders(c.token)
            )
          ).status
        ).toBe(404)
        expect(
          (
            await get(
              `/admin/helpdesk/tickets/${c.ticketId}/attachments/${up.attachment.id}`,
              adminHeaders()
            )
          ).status
        ).toBe(200)
      })
    })

    describe("abandoned uploads", () => {
      it("deletes files no message took, from the helpdesk and the File module, and keeps sent ones", async () => {
        const c = await startConversation()
        const { data } = await visitorUpload(c, [
          file("sent.png", "image/png", PNG),
          file("abandoned.png", "image/png", PNG),
        ])
        const [sent, abandoned] = data.attachments as { id: string }[]
        await visitorSend(c, {
          client_id: "keep",
          body: "",
          attachment_ids: [sent.id],
        })
        const fileOf = async (id: string) =>
          (await helpdesk().retrieveHelpdeskAttachment(id)).file_id
        const sentFile = await fileOf(sent.id)
        const abandonedFile = await fileOf(abandoned.id)
        expect(storedFiles()).toEqual(
          expect.arrayContaining([sentFile, abandonedFile])
        )

        const { result } = await deleteUnsentAttachmentsWorkflow(
          getContainer()
        ).run({ input: { before: new Date(Date.now() + 1000).toISOString() } })

        expect(result).toContain(abandoned.id)
        expect(result).not.toContain(sent.id)
        expect(storedFiles()).not.toContain(abandonedFile)
        expect(storedFiles()).toContain(sentFile)
        const left = await helpdesk().listHelpdeskAttachments({
          ticket_id: c.ticketId,
        })
        expect(left.map((a) => a.id)).toEqual([sent.id])
        // an abandoned upload can no longer be sent
        const late = await visitorSend(c, {
          client_id: "late",
          body: "",
          attachment_ids: [abandoned.id],
        })
        expect(late.status).toBe(400)
      })
    })

    describe("who may fetch a file", () => {
      it("serves a file only to its conversation's visitor token and to agents with access", async () => {
        const a = await startConversation()
        const b = await startConversation()
        const { data: up } = await visitorUpload(a, [
          file("kubek.jpg", "image/jpeg", JPEG),
        ])
        const id = up.attachment.id
        const own = `/helpdesk/conversations/${a.ticketId}/attachments/${id}`
        const viaB = `/helpdesk/conversations/${b.ticketId}/attachments/${id}`
        const adminUrl = `/admin/helpdesk/tickets/${a.ticketId}/attachments/${id}`

        const marek = await createAdminSession(
          getContainer(),
          "marek@helpdesk.test"
        )
        // the channel is worked by the first agent alone from now on
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { agent_ids: [admin.user.id] },
          admin.headers
        )

        const matrix: [string, string, Record<string, string>, number][] = [
          ["own token", own, visitorHeaders(a.token), 200],
          ["no token", own, { origin: STORE }, 404],
          ["another conversation's token", own, visitorHeaders(b.token), 404],
          ["another conversation's path", viaB, visitorHeaders(b.token), 404],
          ["an agent of the channel", adminUrl, adminHeaders(), 200],
          ["an agent without access", adminUrl, adminHeaders(marek), 404],
          ["no admin session", adminUrl, {}, 401],
        ]
        const seen = []
        for (const [who, url, headers] of matrix) {
          seen.push([who, (await get(url, headers)).status])
        }
        expect(seen).toEqual(matrix.map(([who, , , status]) => [who, status]))
      })

      it("refuses an upload from an agent without access before reading it", async () => {
        const c = await startConversation()
        const marek = await createAdminSession(
          getContainer(),
          "marek2@helpdesk.test"
        )
        await api.post(
          `/admin/helpdesk/channels/${channelId}`,
          { agent_ids: [admin.user.id] },
          admin.headers
        )
        const res = await agentUpload(
          c.ticketId,
          [file("a.jpg", "image/jpeg", JPEG)],
          marek
        )
        expect(res.status).toBe(404)
        const [, count] = await helpdesk().listAndCountHelpdeskAttachments({
          ticket_id: c.ticketId,
        })
        expect(count).toBe(0)
      })
    })
  },
})
