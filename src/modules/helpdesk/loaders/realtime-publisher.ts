import type { LoaderOptions, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { configurePublisherRedis } from "../../../publisher/registry"
import { redactedUrl } from "../../../utils/redis-health"
import type { HelpdeskModuleOptions } from "../../../types/options"
import { helpdeskRedisUrl } from "../service"

/**
 * Tells the publisher registry where the helpdesk's Redis is, and says at start how a worker
 * (no socket server, no API) delivers live events: through Redis, or not at all.
 */
export default async function realtimePublisherLoader({
  container,
  options,
}: LoaderOptions<HelpdeskModuleOptions>): Promise<void> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const redisUrl = helpdeskRedisUrl(options ?? {})
  configurePublisherRedis(redisUrl, logger)

  if (workerMode(container) !== "worker") {
    return
  }
  if (redisUrl) {
    logger.info(
      `Helpdesk: this worker has no socket server; its live events reach shoppers and agents through Redis at ${redactedUrl(redisUrl)}.`
    )
  } else {
    logger.warn(
      "Helpdesk: this worker has no socket server and no Redis (redisUrl), so live events made here (e.g. by subscribers and jobs) reach nobody until the page is reloaded. Give the helpdesk the Redis its server instances use."
    )
  }
}

function workerMode(container: LoaderOptions["container"]): string {
  const key = ContainerRegistrationKeys.CONFIG_MODULE
  const config = container.hasRegistration(key)
    ? container.resolve<{ projectConfig?: { workerMode?: string } }>(key)
    : undefined
  return (
    config?.projectConfig?.workerMode ??
    process.env.MEDUSA_WORKER_MODE ??
    "shared"
  )
}
