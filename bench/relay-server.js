// @ts-check
/**
 * The baseline of bench/realtime.js: a bare socket.io relay with the helpdesk's socket.io
 * options, path, namespaces and rooms, but no authentication and no storage. A visitor's
 * `message:send` is acknowledged at once and emitted to the agents, which is the least any
 * chat server built on socket.io has to do.
 *
 *   node bench/relay-server.js <port>    (tells its parent { type: "ready", port } over IPC)
 */
const http = require("node:http")
const { Server } = require("socket.io")

const port = Number(process.argv[2])
const server = http.createServer((_req, res) => {
  res.writeHead(404).end()
})
const io = new Server(server, {
  path: "/helpdesk/socket.io",
  serveClient: false,
  cors: { origin: true, credentials: false },
  pingInterval: 20_000,
  pingTimeout: 20_000,
  maxHttpBufferSize: 64 * 1024,
})

const agents = io.of("/agent")
const visitors = io.of("/visitor")
let seq = 0

agents.on("connection", (socket) => {
  void socket.join("channel:bench")
})

visitors.on("connection", (socket) => {
  const ticketId = `ticket:${socket.id}`
  void socket.join(ticketId)
  socket.on(
    "message:send",
    (/** @type {any} */ payload, /** @type {unknown} */ ack) => {
      const message = {
        id: `msg_${++seq}`,
        ticket_id: socket.id,
        seq,
        client_id: payload?.client_id ?? null,
        author_type: "customer",
        author_name: null,
        body: String(payload?.body ?? ""),
        kind: "message",
        created_at: new Date().toISOString(),
      }
      visitors.to(ticketId).except(socket.id).emit("message:new", message)
      agents.to("channel:bench").emit("message:new", message)
      if (typeof ack === "function") {
        ack({ ok: true, message })
      }
    }
  )
})

server.listen(port, "127.0.0.1", () => {
  process.send?.({ type: "ready", port })
})
process.on("disconnect", () => process.exit(0))
process.on("SIGTERM", () => process.exit(0))
