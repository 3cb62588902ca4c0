import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import type HelpdeskModuleService from "../modules/helpdesk/service"

const TTL_SECONDS = 30
const cacheKey = (channelId: string) => `helpdesk:channel-origin:${channelId}`

type CachedChannel = { store_origin: string | null }

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** Medusa's cache module: shared by every instance when the app configures Redis for it. */
function cacheOf(container: MedusaContainer): ICacheService | null {
  try {
    return container.resolve<ICacheService>(Modules.CACHE)
  } catch {
    return null // an app without a cache module reads the channel every time
  }
}

/**
 * The store origin of an existing channel, through Medusa's cache: this runs on every widget
 * call. Only channels that exist are cached, so ids made up by a caller cost a lookup each
 * and take no memory.
 */
async function channelStoreOrigin(
  container: MedusaContainer,
  channelId: string
): Promise<CachedChannel | null> {
  const cache = cacheOf(container)
  const cached = await cache?.get<CachedChannel>(cacheKey(channelId))
  if (cached) {
    return cached
  }
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [channel] = await helpdesk.listHelpdeskChannels(
    { id: channelId },
    { select: ["id", "store_url"], take: 1 }
  )
  if (!channel) {
    return null
  }
  const entry = { store_origin: originOf(channel.store_url) }
  await cache?.set(cacheKey(channelId), entry, TTL_SECONDS)
  return entry
}

/**
 * The origins a channel's widget may call from: the channel's store_url origin plus the
 * origins the merchant allowed in the options (read fresh: they are options, not rows).
 */
export async function allowedOriginsForChannel(
  container: MedusaContainer,
  channelId: string
): Promise<Set<string>> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const origins = new Set(
    helpdesk.getExtraAllowedOrigins().map((o) => originOf(o) ?? o)
  )
  const channel = await channelStoreOrigin(container, channelId)
  if (channel?.store_origin) {
    origins.add(channel.store_origin)
  }
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

/**
 * Forgets a channel's cached origin in this process's cache module. Instances that keep
 * their own cache are told through the real-time server (see forgetChannelOrigins).
 */
export async function forgetLocalChannelOrigins(
  container: MedusaContainer,
  channelId: string
): Promise<void> {
  await cacheOf(container)?.invalidate(cacheKey(channelId))
}
