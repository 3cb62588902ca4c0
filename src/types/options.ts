export type RateLimitRule = {
  /** requests allowed per window */
  limit: number
  window_seconds: number
}

/** Options of the helpdesk module, the same shape as the plugin's options in medusa-config. */
export type HelpdeskModuleOptions = {
  /**
   * Public URL of the Medusa backend, used in the embed code the merchant pastes into the store.
   * Falls back to the MEDUSA_BACKEND_URL environment variable.
   */
  backendUrl?: string
  /**
   * Origins, besides each channel's store_url, from which the widget may call the helpdesk
   * (e.g. a staging storefront). Also read from HELPDESK_ALLOWED_ORIGINS, comma-separated.
   */
  allowedOrigins?: string[]
  /** Key for the signed visitor, agent and identity tokens. Defaults to http.jwtSecret. */
  secret?: string
  /**
   * Redis for the socket.io adapter and the shared rate limits, so several Medusa instances
   * act as one. Defaults to REDIS_URL; without it everything stays in-process.
   */
  redisUrl?: string
  /**
   * Helpdesk administrators, by Medusa user id or e-mail: they may change and delete every
   * chat channel. Everyone else may change only the channels they work. Reading tickets
   * still follows each channel's agent list.
   */
  admins?: string[]
  rateLimits?: {
    /** new conversations per IP address and channel */
    conversations?: RateLimitRule
    /** messages per visitor token (socket and HTTP together) */
    messages?: RateLimitRule
  }
}
