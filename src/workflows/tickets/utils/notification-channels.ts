import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type ProviderConfig = { options?: { channels?: unknown } }
type NotificationModuleConfig = {
  options?: {
    providers?: ProviderConfig[]
    cloud?: Record<string, unknown>
  }
}

/**
 * Whether the app's Notification module has a provider for a channel (e.g. "email"). Read
 * from the configuration, the same source the module registers its providers from, so it can
 * be decided before anything is written.
 */
export function hasNotificationProvider(
  container: MedusaContainer,
  channel: string
): boolean {
  if (!container.hasRegistration(Modules.NOTIFICATION)) {
    return false
  }
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = (config.modules as Record<string, unknown> | undefined)?.[
    Modules.NOTIFICATION
  ]
  if (!entry || typeof entry !== "object") {
    return false
  }
  const options = (entry as NotificationModuleConfig).options ?? {}
  const configured = (options.providers ?? []).some(
    (provider) =>
      Array.isArray(provider.options?.channels) &&
      provider.options.channels.includes(channel)
  )
  if (configured) {
    return true
  }
  // Medusa Cloud adds its own e-mail provider when its credentials are present.
  const cloud = options.cloud ?? {}
  return (
    channel === "email" &&
    !!cloud.api_key &&
    !!cloud.endpoint &&
    !!(cloud.environment_handle || cloud.sandbox_handle)
  )
}
