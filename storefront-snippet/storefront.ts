/**
 * The entry of the medusa-helpdesk-widget package (dist/storefront.mjs and .cjs): the embed
 * snippet for bundlers. Its types are storefront.d.mts.
 */
import type { QueueStub } from "./facade"
import type { Helpdesk, LoadHelpdeskOptions } from "./storefront.mjs"

type HelpdeskWindow = typeof window & {
  Helpdesk?: QueueStub & { loaded?: true }
}

export function loadHelpdesk(options: LoadHelpdeskOptions): Helpdesk {
  if (typeof window == "undefined") {
    return (() => undefined) as Helpdesk
  }
  const w = window as HelpdeskWindow
  let helpdesk = w.Helpdesk
  if (!helpdesk) {
    const stub: QueueStub = (...args) => {
      ;(stub.q = stub.q || []).push(args)
    }
    helpdesk = w.Helpdesk = stub
  }
  helpdesk("init", options)

  const backendUrl = String(options && options.backendUrl).replace(/\/+$/, "")
  if (!/^https?:\/\/[^/]/i.test(backendUrl)) {
    console.warn(
      "[Helpdesk] loadHelpdesk needs a backendUrl such as https://api.example.com."
    )
  } else if (
    !helpdesk.loaded &&
    !document.querySelector("script[data-helpdesk-loader]")
  ) {
    const script = document.createElement("script")
    script.async = true
    script.src = `${backendUrl}/helpdesk/widget/loader.js`
    script.setAttribute("data-helpdesk-loader", "")
    document.head.append(script)
  }
  // forwards to whatever window.Helpdesk is at call time: the queue now, the widget later
  return ((...args: unknown[]) => w.Helpdesk!(...args)) as Helpdesk
}
