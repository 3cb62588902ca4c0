/**
 * `window.Helpdesk` for stores that paste the embed code instead of importing the package:
 *
 *   /// <reference types="medusa-helpdesk-widget/global" />
 *   window.Helpdesk?.("open")
 *
 * or `"types": ["medusa-helpdesk-widget/global"]` in tsconfig.json.
 */
import type { Helpdesk } from "./dist/index.js"

declare global {
  interface Window {
    /** Set by the embed code (a queue until loader.js arrives) or by `loadHelpdesk()`. */
    Helpdesk?: Helpdesk
  }
}
