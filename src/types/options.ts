export type RateLimitRule = {
  /** requests allowed per window */
  limit: number
  window_seconds: number
}

/**
 * Which classifier labels shoppers' messages: the built-in one (offline, English and Polish) by
 * default, or an OpenAI-compatible chat-completions endpoint that falls back to the built-in one
 * on any error or timeout.
 */
export type ClassifierOptions =
  | { provider?: "builtin" }
  | {
      provider: "openai"
      /** e.g. https://api.openai.com/v1, or a local vLLM / Ollama endpoint's /v1 */
      baseUrl: string
      apiKey?: string
      model: string
      /** give up and use the built-in classifier after this long; default 5000 */
      timeoutMs?: number
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
   * How many reverse proxies in front of Medusa append to X-Forwarded-For, and so which
   * address the per-IP limits count: 0 (the default) counts the connection's own address and
   * ignores the header, 1 the address the nearest proxy saw, and so on. Also read from
   * HELPDESK_TRUSTED_PROXY_HOPS.
   */
  trustedProxyHops?: number
  /** BaseLinker, for the orders beside each ticket; without a token BaseLinker is off. */
  baselinker?: BaselinkerOptions
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
    /** messages and notes per agent (socket and HTTP together) */
    agentMessages?: RateLimitRule
    /** transcript replays per visitor token or agent (socket and HTTP together) */
    replays?: RateLimitRule
    /** typing events per socket */
    typing?: RateLimitRule
    /** socket handshakes per IP address (both namespaces) */
    connections?: RateLimitRule
  }
  /** How shoppers' messages are labelled with sentiment and topic (see ClassifierOptions). */
  classifier?: ClassifierOptions
  /** Files shoppers and agents put into conversations, stored through Medusa's File module. */
  attachments?: {
    /** largest file, in bytes (default 10 MB: 10485760); a larger one is answered 413 */
    maxFileSizeBytes?: number
    /** most files one upload or one message carries (default 5) */
    maxFilesPerMessage?: number
  }
  automations?: {
    /**
     * At most this many autoresponses (send_autoresponse) per ticket in any hour (default 3);
     * later ones are skipped and the run says so. 0 turns autoresponses off.
     */
    maxAutoresponsesPerTicketPerHour?: number
  }
}

export type BaselinkerOptions = {
  /** API token (BaseLinker → My account → API). Never stored in the database or answered. */
  token?: string
  /** default https://api.baselinker.com/connector.php */
  apiUrl?: string
  /**
   * Calls per minute this shop may make, across all its Medusa instances (default 60, at most
   * 100). BaseLinker allows 100 per account and the merchant's other integrations share it.
   */
  requestsPerMinute?: number
  /** how long a shopper's BaseLinker orders are reused before they are fetched again (default 600) */
  cacheTtlSeconds?: number
  /** how far back orders are looked up by e-mail (default 90 days) */
  lookbackDays?: number
  /** the BaseLinker panel the "open in BaseLinker" links point at (default https://panel.baselinker.com) */
  panelUrl?: string
  /** how long one call may take before it counts as failed (default 10000 ms) */
  timeoutMs?: number
  /**
   * Whether the scheduled job refreshes the caches of new and open tickets every five minutes
   * (default true). With false, orders are fetched only when an agent looks or presses Refresh.
   */
  backgroundRefresh?: boolean
}
