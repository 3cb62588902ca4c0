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
}
