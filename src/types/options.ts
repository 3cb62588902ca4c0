/** Options of the helpdesk module, the same shape as the plugin's options in medusa-config. */
export type HelpdeskModuleOptions = {
  /**
   * Public URL of the Medusa backend, used in the embed code the merchant pastes into the store.
   * Falls back to the MEDUSA_BACKEND_URL environment variable.
   */
  backendUrl?: string
}
