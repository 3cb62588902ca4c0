/**
 * loader.js: replays the embed snippet's queue, installs `window.Helpdesk`, reads the
 * channel's config, decides where the bubble shows and draws it. The panel (chat.js, with
 * socket.io) is fetched on the first click, or at once when a conversation is under way or the
 * page was opened from the link in an e-mailed reply (`#hd=…`, see storage.ts `hasSession`).
 *
 * Every byte here is downloaded on every page of the store: it has a 2 KB gzip budget
 * (scripts/check-widget-size.js), which is why it avoids syntax es2018 would expand (`?.`).
 */
import { fetchConfig } from "./config"
import { createFacade, warn, type Facade, type QueueStub } from "./facade"
import { flipDelay } from "./hours"
import type { IdentitySource } from "./identity"
import { OPEN_LABEL } from "./i18n"
import { hasSession, sessionKey } from "./storage"
import type {
  ChatApi,
  ChatModule,
  HelpdeskEvent,
  InitOptions,
  Listener,
  WidgetConfig,
} from "./types"
import { applyConfig, createLauncher, type Launcher } from "./view"
import { isVisible, onNavigate } from "./visibility"

/** Set by build.mjs: a hash of chat.js, so a cached loader never pairs with another chat.js. */
declare const CHAT_VERSION: string

type HelpdeskWindow = typeof window & {
  Helpdesk?: Facade | QueueStub
  HelpdeskChat?: ChatModule
}

const w = window as HelpdeskWindow

function createWidget(): Facade {
  let listeners: [HelpdeskEvent, Listener][] = []
  // replaced on every init: answers that arrive for an earlier one are dropped
  let options: InitOptions | undefined
  let config: WidgetConfig | undefined
  let launcher: Launcher | undefined
  let chat: Promise<ChatApi | undefined> | undefined
  let mounted: ChatApi | undefined
  let open = false
  let wantOpen = false
  let identity: IdentitySource | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const emit = (event: HelpdeskEvent, payload?: Parameters<Listener>[0]) => {
    for (const [name, listener] of listeners) {
      if (name == event) {
        // a listener that throws shows in the console without stopping the widget
        setTimeout(listener, 0, payload)
      }
    }
  }

  const visible = () =>
    !!config && isVisible(config, location.pathname, hasSession(config.id))

  const refresh = () => {
    launcher!.root.hidden = !visible()
    if (mounted) {
      mounted.update()
    }
  }

  const loadChat = (init: InitOptions) =>
    (chat =
      chat ||
      new Promise<ChatModule | undefined>((resolve) => {
        const script = document.createElement("script")
        script.src = `${init.backendUrl}/helpdesk/widget/chat.js?v=${CHAT_VERSION}`
        script.onload = script.onerror = () => resolve(w.HelpdeskChat)
        // after a shutdown and a new init, chat.js is already on the page
        if (w.HelpdeskChat) {
          resolve(w.HelpdeskChat)
        } else {
          document.head.append(script)
        }
      }).then((module) => {
        if (!module) {
          // let the next click try again
          chat = undefined
        } else if (init == options) {
          mounted = module.mount({
            ...launcher!,
            init,
            config: () => config!,
            identity: () => identity,
            emit,
            show,
          })
        }
        return mounted
      }))

  const show = (value: boolean) => {
    wantOpen = false
    if (open != value && (!value || visible())) {
      open = value
      if (value) {
        void loadChat(options!).then((panel) => {
          // the shopper may have closed it again while chat.js was loading
          if (panel && open) {
            panel.open()
          }
        })
      } else if (mounted) {
        mounted.close()
      }
      emit(value ? "open" : "close")
    }
  }

  const configure = (init: InitOptions, previous?: string | null) =>
    fetchConfig(init).then(
      (next) => {
        if (init == options) {
          if (!config) {
            // the server always sends a locale it supports; chat.js refines the name once it runs
            launcher = createLauncher(
              OPEN_LABEL[next.locale as "pl"] || OPEN_LABEL.en
            )
            launcher.button.onclick = () => show(!open)
            onNavigate(refresh)
            if (hasSession(next.id)) {
              void loadChat(init)
            }
          }
          applyConfig(launcher!.root, (config = next))
          refresh()
          if (wantOpen) {
            show(true)
          }
          const delay = flipDelay(next.next_change_at, Date.now(), previous)
          if (delay) {
            timer = setTimeout(configure, delay, init, next.next_change_at)
          }
        }
      },
      (error) => {
        // no bubble on this page; the next page load asks again
        warn(`channel ${init.channelId}: ${error}`)
      }
    )

  return createFacade({
    init(value) {
      if (!options) {
        options = {
          channelId: value.channelId,
          backendUrl: `${value.backendUrl}`.replace(/\/+$/, ""),
        }
        void configure(options)
      } else if (options.channelId != value.channelId) {
        warn("already started: shutdown first")
      }
    },
    open() {
      if (config) {
        show(true)
      } else {
        wantOpen = !!options
      }
    },
    close: () => show(false),
    shutdown() {
      clearTimeout(timer)
      onNavigate(null)
      if (mounted) {
        mounted.destroy()
      }
      if (launcher) {
        launcher.host.remove()
      }
      if (open) {
        emit("close")
      }
      // the next init starts without the identity: a store that logs out calls init again
      options = config = launcher = chat = mounted = identity = undefined
      open = wantOpen = false
    },
    identify(value) {
      identity = value
      // chat.js reads it again on update
      if (launcher) {
        refresh()
      }
    },
    reset() {
      identity = null
      try {
        // the conversation with its outbox: the next shopper on this device starts afresh
        delete localStorage[sessionKey(options!.channelId)]
      } catch {
        // before init, or no storage: chat.js held it all in memory
      }
      if (mounted) {
        mounted.reset()
      }
    },
    on(event, listener) {
      listeners.push([event, listener])
      return () => {
        listeners = listeners.filter(([, fn]) => fn != listener)
      }
    },
  })
}

// a second copy of loader.js on the page finds the real facade and leaves it alone
if (!(w.Helpdesk && "loaded" in w.Helpdesk)) {
  // the snippet queues `arguments` objects, which spread like arrays
  const queue = (w.Helpdesk && (w.Helpdesk as QueueStub).q) || []
  const facade = createWidget()
  w.Helpdesk = facade
  for (const args of queue as unknown[][]) {
    facade(...(args as [string]))
  }
}
