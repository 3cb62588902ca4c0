import type { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"

const TTL_MS = 30_000
const cache = new Map<string, { origins: Set<string>; expiresAt: number }>()

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * The origins a channel's widget may call from: the channel's store_url origin plus the
 * origins the merchant allowed in the options. Cached briefly: this runs on every widget call.
 */
export async function allowedOriginsForChannel(
  container: MedusaContainer,
  channelId: string
): Promise<Set<string>> {
  const cached = cache.get(channelId)
  if (cached && cached.expiresAt > Date.now()) {
    return cached.origins
  }
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [channel] = await helpdesk.listHelpdeskChannels(
    { id: channelId },
    { select: ["id", "store_url"], take: 1 }
  )
  const origins = new Set(
    helpdesk.getExtraAllowedOrigins().map((o) => originOf(o) ?? o)
  )
  const storeOrigin = channel ? originOf(channel.store_url) : null
  if (storeOrigin) {
    origins.add(storeOrigin)
  }
  cache.set(channelId, { origins, expiresAt: Date.now() + TTL_MS })
  return origins
}

/** A request without an Origin header is not from a browser page; CORS does not apply. */
export async function isOriginAllowed(
  container: MedusaContainer,
  channelId: string,
  origin: string | undefined
): Promise<boolean> {
  if (!origin) {
    return true
  }
  return (await allowedOriginsForChannel(container, channelId)).has(origin)
}

/** Forget cached origins, e.g. after a channel's store_url changed. */
export function forgetChannelOrigins(channelId?: string): void {
  if (channelId) {
    cache.delete(channelId)
  } else {
    cache.clear()
  }
}
