import http from "node:http"

const REALTIME_KEY = Symbol.for("medusa-helpdesk.realtime")
const isAttachedSomewhere = () =>
  !!(globalThis as { [REALTIME_KEY]?: { hasAttachedAny(): boolean } })[
    REALTIME_KEY
  ]?.hasAttachedAny()

const WARM_KEY = Symbol.for("medusa-helpdesk.realtime.warm")

/**
 * Attach socket.io as soon as Medusa's HTTP server listens, so that a websocket-only client
 * arriving first after boot connects at once. Medusa hands no hook the server, and in
 * development other servers (Vite's HMR) listen too, so every server that starts listening
 * during boot is sent one request through the normal pipeline: only Medusa's reaches the
 * helpdesk middleware, which attaches to the server it came in on.
 */
export function warmOnListen(): void {
  const holder = globalThis as { [WARM_KEY]?: boolean }
  if (holder[WARM_KEY]) {
    return
  }
  holder[WARM_KEY] = true

  const proto = http.Server.prototype
  const hadOwn = Object.prototype.hasOwnProperty.call(proto, "listen")
  const original = proto.listen
  const restore = () => {
    if (hadOwn) {
      proto.listen = original
    } else {
      delete (proto as Partial<typeof proto>).listen
    }
  }
  const stopAt = Date.now() + 5 * 60_000

  proto.listen = function listenAndWarm(this: http.Server, ...args: unknown[]) {
    if (Date.now() > stopAt || isAttachedSomewhere()) {
      restore()
    } else {
      this.once("listening", () => ping(this))
    }
    return (original as (...a: unknown[]) => http.Server).apply(this, args)
  } as typeof original
}

function ping(server: http.Server): void {
  const address = server.address()
  if (!address || typeof address === "string") {
    return
  }
  const host =
    address.address === "::" || address.address === "0.0.0.0"
      ? address.family === "IPv6"
        ? "::1"
        : "127.0.0.1"
      : address.address
  const request = http.get(
    { host, port: address.port, path: WARM_PATH, timeout: 5_000 },
    (res) => res.resume()
  )
  request.on("error", () => undefined)
  request.on("timeout", () => request.destroy())
}

export const WARM_PATH = "/helpdesk/realtime/ping"
