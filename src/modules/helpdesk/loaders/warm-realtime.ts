import { warmOnListen } from "../../../realtime/warm"

/** Prepares the real-time server to attach the moment Medusa's HTTP server listens. */
export default async function warmRealtimeLoader(): Promise<void> {
  warmOnListen()
}
