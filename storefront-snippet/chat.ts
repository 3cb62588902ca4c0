/**
 * chat.js: the panel and the conversation. loader.js fetches it on the first click, or at
 * once when a conversation is under way, and calls `HelpdeskChat.mount`.
 *
 * Getting messages there and back (socket or HTTP, replay, outbox) is delivery.ts; this file
 * draws it, runs the pre-chat form and decides whose a saved conversation is.
 */
import type {
  AgentJoinedEvent,
  TypingEvent,
  WireConversation,
  WireMessage,
} from "../src/types/realtime"
import type { WireAttachmentUpload } from "../src/types/attachment"
import { MAX_MESSAGE_LENGTH } from "../src/types/ticket"
import { createAttachments } from "./attachments"
import { dropContinueToken, readContinueToken } from "./continue"
import { warn } from "./facade"
import { validateField } from "./form"
import { format, pickLocale, STRINGS } from "./i18n"
import { createIdentity } from "./identity"
import { createDelivery, type Delivery } from "./delivery"
import { Outbox, newClientId } from "./outbox"
import {
  createStore,
  openKey,
  readSession,
  sessionKey,
  type Session,
} from "./storage"
import { Transcript } from "./transcript"
import {
  connectSocket,
  createApi,
  HttpError,
  type StartConversationBody,
} from "./transport"
import type { ChatApi, ChatHost, ChatModule } from "./types"
import {
  bubbleUpdater,
  createPanel,
  fillLine,
  textColor,
  type FieldName,
  type Line,
} from "./view"

/** `typing: true` goes out at most this often while the shopper types… */
const TYPING_EVERY = 3000
/** …and `typing: false` after this long without a keystroke. */
const TYPING_IDLE = 4000
/** An agent's "is typing" fades if no update arrives (a lost `typing: false`). */
const TYPING_SHOWN = 10000

const FIELDS: FieldName[] = ["name", "email", "subject", "message"]

/** A transcript line with the files its message carries. */
type FileLine = Line & { files?: WireAttachmentUpload[] }

const withFiles = (
  attachments: WireAttachmentUpload[] | undefined,
  line: Line
): FileLine =>
  attachments && attachments.length ? { ...line, files: attachments } : line

/** A 401 or 404 on the conversation: its token no longer opens anything. */
const isGone = (error: unknown) =>
  error instanceof HttpError && (error.status == 401 || error.status == 404)

export function mount(host: ChatHost): ChatApi {
  const { backendUrl, channelId } = host.init
  const locale = pickLocale(host.config().locale, navigator.language)
  const t = STRINGS[locale]
  const api = createApi(backendUrl)
  const store = createStore()
  const panel = createPanel(t)
  const drawBubble = bubbleUpdater(host.root, host.button, t)
  const files = createAttachments({
    backendUrl,
    locale,
    conversation: () =>
      session && { id: session.conversation_id, token: session.visitor_token },
    notify: (message) => (panel.composerError.textContent = message),
  })
  panel.composer.insertBefore(files.button, panel.text)
  panel.composer.before(files.tray)
  panel.el.append(files.style)
  files.listen(panel.el, panel.text)
  // saved with the conversation it belongs to (see saveSession)
  const outbox = new Outbox(
    (store.get<{ outbox?: unknown }>(sessionKey(channelId)) || {}).outbox,
    () => saveSession()
  )
  const nodes = new Map<string, HTMLLIElement>()
  const drawn = new WeakMap<HTMLLIElement, string>()
  const joinedLines = new Map<string, string>()
  const timers: Record<string, ReturnType<typeof setTimeout>> = {}
  const EMPTY = new Transcript()

  const identity = createIdentity(warn)
  let source = host.identity()
  identity.set(source)

  // the conversation on screen; a saved one is taken up by check() once it is known to be the shopper's
  let session: Session | null = null
  // moves whenever a conversation is dropped: answers that arrive for the one before are ignored
  let epoch = 0
  let delivery: Delivery | null = null
  let conversation: WireConversation | null = null
  let agentJoined = false
  let agentTyping: string | null = null
  let typingSince = 0
  let typingOn = false
  let isOpen = false
  let startClientId: string | null = null
  let destroyed = false

  const later = (name: string, ms: number, fn: () => void) => {
    clearTimeout(timers[name])
    timers[name] = setTimeout(() => {
      delete timers[name]
      fn()
    }, ms)
  }
  const stop = (name: string) => {
    clearTimeout(timers[name])
    delete timers[name]
  }

  const transcript = () => (delivery ? delivery.transcript : EMPTY)

  const saveSession = () =>
    session &&
    store.set(sessionKey(channelId), {
      ...session,
      outbox: outbox.entries.map(({ client_id, body, attachments }) => ({
        client_id,
        body,
        attachments,
      })),
    })

  /* ------------------------------ rendering ------------------------------ */

  const lineOf = (m: WireMessage): FileLine =>
    withFiles(m.attachments, lineKind(m))

  const lineKind = (m: WireMessage): Line =>
    m.author_type == "customer"
      ? { kind: "me", body: m.body }
      : m.kind == "event" || m.author_type == "system"
        ? { kind: "sys", body: joinedLines.get(m.id) || m.body }
        : {
            kind: "agent",
            body: m.body,
            who:
              m.author_type == "automation"
                ? host.config().name
                : m.author_name,
          }

  const renderLog = () => {
    const { scroller, log } = panel
    const atBottom =
      scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48
    const wanted: [string, FileLine][] = []
    for (const m of transcript().list()) {
      if (m.kind != "note") {
        // keyed by client_id when there is one, so a pending line turns into the stored one in place
        wanted.push([m.client_id ? `c${m.client_id}` : `m${m.id}`, lineOf(m)])
      }
    }
    for (const entry of outbox.entries) {
      if (!transcript().hasClientId(entry.client_id)) {
        wanted.push([
          `c${entry.client_id}`,
          withFiles(entry.attachments, {
            kind: "me",
            body: entry.body,
            state: entry.error === undefined ? "pending" : "failed",
            error: entry.error,
          }),
        ])
      }
    }
    const keep = new Set<string>()
    wanted.forEach(([key, line], i) => {
      keep.add(key)
      let li = nodes.get(key)
      if (!li) {
        li = document.createElement("li")
        nodes.set(key, li)
      }
      const signature = JSON.stringify(line)
      if (drawn.get(li) != signature) {
        drawn.set(li, signature)
        fillLine(li, line, t, () => retry(key.slice(1)))
        if (line.files) {
          li.append(files.view(line.files))
        }
      }
      if (log.children[i] != li) {
        log.insertBefore(li, log.children[i] || null)
      }
    })
    nodes.forEach((li, key) => {
      if (!keep.has(key)) {
        li.remove()
        nodes.delete(key)
      }
    })
    if (atBottom) {
      scroller.scrollTop = scroller.scrollHeight
    }
  }

  const render = () => {
    const config = host.config()
    const color = /^#[0-9a-f]{6}$/i.test(config.color || "")
      ? config.color!
      : "#1f6feb"
    host.root.style.setProperty("--c", color)
    host.root.style.setProperty("--t", textColor(color))
    panel.title.textContent = config.name
    panel.notice.textContent =
      !config.is_open && config.after_hours_behavior == "display_message"
        ? config.after_hours_message || t.offline
        : config.welcome_message || ""
    const closed = conversation?.status == "closed"
    panel.form.hidden = !!session
    drawIdentity()
    panel.chat.hidden = !session
    // a closed conversation takes no more messages: the shopper starts a new one
    panel.composer.hidden = !session || closed
    panel.closed.hidden = !closed
    panel.status.textContent = agentTyping
      ? format(t.typing, { name: agentTyping })
      : session && conversation && !agentJoined && !closed
        ? t.waiting
        : ""
    renderLog()

    // what is on screen counts as read; the rest shows as a count on the bubble
    let unread = 0
    if (session) {
      if (
        isOpen &&
        !host.root.hidden &&
        transcript().lastSeq > session.last_seq
      ) {
        session.last_seq = transcript().lastSeq
        saveSession()
      }
      const seen = session.last_seq
      unread = transcript()
        .list()
        .filter(
          (m) =>
            m.seq > seen && m.author_type != "customer" && m.kind == "message"
        ).length
    }
    drawBubble(isOpen, unread)
  }

  /* ------------------------------ conversation state ------------------------------ */

  const setConversation = (value: WireConversation) => {
    conversation = value
    agentJoined = agentJoined || !!value.agent_name
    render()
  }

  /** New messages from delivery: an agent's answer ends "waiting"; the store hears of each. */
  const added = (messages: WireMessage[], loaded: boolean) => {
    for (const m of messages) {
      if (m.author_type == "agent" && m.kind == "message") {
        agentJoined = true
        agentTyping = null
      }
      // 'message' events are for what arrives after the transcript first loads
      if (loaded) {
        host.emit("message", m)
      }
    }
  }

  const reset = () => {
    epoch++
    startClientId = null
    panel.form.reset()
    delivery?.stop()
    delivery = null
    files.stop()
    for (const name in timers) {
      stop(name)
    }
    session = conversation = agentTyping = null
    // with the session gone, clearing the outbox saves nothing back
    outbox.clear()
    store.remove(sessionKey(channelId))
    agentJoined = false
    // an open panel stays open on the next page load
    remember(isOpen)
    render()
  }

  /* ------------------------------ sending ------------------------------ */

  const retry = (clientId: string) => delivery?.retry(clientId)

  const sendText = () => {
    const body = panel.text.value.trim()
    const attached = files.ready()
    if (!attached || (!body && !attached.length)) {
      return
    }
    if (body.length > MAX_MESSAGE_LENGTH) {
      panel.composerError.textContent = format(t.tooLong, {
        n: body.length,
        max: MAX_MESSAGE_LENGTH,
      })
      return
    }
    panel.composerError.textContent = ""
    panel.text.value = ""
    stopTyping()
    delivery?.write(body, attached)
    files.clear()
    panel.scroller.scrollTop = panel.scroller.scrollHeight
  }

  /* ------------------------------ typing ------------------------------ */

  const stopTyping = () => {
    stop("idle")
    if (typingOn) {
      typingOn = false
      delivery?.typing(false)
    }
  }

  const onInput = () => {
    const now = Date.now()
    if (
      (!typingOn || now - typingSince > TYPING_EVERY) &&
      delivery?.typing(true)
    ) {
      typingOn = true
      typingSince = now
    }
    later("idle", TYPING_IDLE, stopTyping)
  }

  const onTyping = (event: TypingEvent) => {
    if (event.author_type != "agent") {
      return
    }
    agentTyping = event.typing ? event.name || t.agent : null
    if (agentTyping) {
      later("agentTyping", TYPING_SHOWN, () => {
        agentTyping = null
        render()
      })
    }
    render()
  }

  const onJoined = (event: AgentJoinedEvent) => {
    const name = event.agent?.first_name || t.agent
    agentJoined = true
    if (event.message) {
      joinedLines.set(event.message.id, format(t.joined, { name }))
    }
    if (conversation && !conversation.agent_name) {
      conversation = { ...conversation, agent_name: name }
    }
  }

  /* ------------------------------ connection ------------------------------ */

  /** Delivery for the conversation on screen, starting from the messages already held. */
  const connect = (s: Session, messages?: WireMessage[]) => {
    delivery = createDelivery({
      conversationId: s.conversation_id,
      token: s.visitor_token,
      outbox,
      api,
      socket: (token) => connectSocket(backendUrl, token),
      messages,
      changed: render,
      added,
      conversation: setConversation,
      typing: onTyping,
      joined: onJoined,
      gone: () => session == s && reset(),
    })
  }

  const resume = (s: Session) => {
    api.conversation(s.conversation_id, s.visitor_token).then(
      ({ conversation: value }) => session == s && setConversation(value),
      (error: unknown) => isGone(error) && session == s && reset()
    )
    connect(s)
  }

  /**
   * Takes up the saved conversation when it is the shopper's: a guest's always (whoever logs in
   * typed it on this device), a customer's only while the store identifies that customer. One
   * that belongs to someone else is forgotten; until the store says who is logged in, a
   * customer's conversation waits in storage, out of sight.
   */
  const check = async () => {
    const at = epoch
    const saved = session || readSession(store, channelId)
    let mine = !!saved && !saved.owner
    if (saved && saved.owner && identity.told()) {
      const who = await identity.customer()
      if (at != epoch || destroyed || who === undefined) {
        // dropped meanwhile, or the store's function failed: decide nothing on it
        return
      }
      if (who != saved.owner) {
        reset()
        return
      }
      mine = true
    }
    if (mine && !session && saved) {
      session = saved
      resume(saved)
    }
    render()
  }

  /**
   * The link in an e-mailed reply (see continue.ts): its conversation takes the place of any
   * other on this device, since the shopper asked for it, and the panel opens on it.
   */
  const follow = (token: string) =>
    api.continue(token).then(
      (res) => {
        if (destroyed) {
          return
        }
        const saved = session || readSession(store, channelId)
        if (saved && saved.conversation_id == res.conversation.id) {
          if (!session) {
            session = saved
            resume(saved)
          }
        } else {
          reset()
          session = {
            conversation_id: res.conversation.id,
            visitor_token: res.visitor_token,
            last_seq: 0,
            owner: null,
          }
          saveSession()
          conversation = res.conversation
          agentJoined = !!res.conversation.agent_name
          connect(session, res.messages)
        }
        dropContinueToken()
        render()
        host.show(true)
      },
      (error: unknown) => {
        dropContinueToken()
        warn(describe(error))
        return check()
      }
    )

  /* ------------------------------ pre-chat form ------------------------------ */

  /**
   * A customer the store identified is not asked who they are: the form shows their name,
   * read-only, and drops the e-mail (the ticket takes both from the account).
   */
  const drawIdentity = () => {
    const who = identity.known()
    const { name, email } = panel.fields
    const input = name.input
    if (input.readOnly && !who) {
      // the identity went away: the field is the shopper's to fill again
      input.value = ""
    }
    input.readOnly = !!who
    name.wrap.hidden = !!who && !who.name
    email.wrap.hidden = !!who
    if (who) {
      input.value = who.name || ""
      name.error.textContent = email.error.textContent = ""
      input.removeAttribute("aria-invalid")
      email.input.removeAttribute("aria-invalid")
    }
  }

  const describe = (error: unknown): string => {
    if (!(error instanceof HttpError)) {
      return t.network
    }
    if (error.status == 429) {
      const s = error.retryAfter
      return s
        ? format(t.rateLimited, {
            time:
              s >= 90
                ? format(t.minutes, { n: Math.ceil(s / 60) })
                : format(t.seconds, { n: s }),
          })
        : t.rateLimitedSoon
    }
    if (error.status == 403) {
      return error.message || t.blocked
    }
    return (error.status < 500 && error.message) || t.error
  }

  const start = async () => {
    const at = epoch
    const values = {} as Partial<Record<FieldName, string>>
    let invalid: HTMLElement | null = null
    // a token near its expiry is renewed here, or, with no function to renew it, not sent at all
    const named = !!identity.known()
    const who = await identity.get()
    if (at != epoch || destroyed) {
      return
    }
    if (named && !who) {
      // the identity lapsed while the form was open: ask for name and e-mail after all
      render()
      panel.formError.textContent = t.signedOut
      panel.fields.name.input.focus()
      return
    }
    for (const name of FIELDS) {
      if (who && name != "subject" && name != "message") {
        continue
      }
      const { input, error } = panel.fields[name]
      const value = (values[name] = input.value.trim())
      const problem = validateField(name, value, t)
      error.textContent = problem
      if (problem) {
        input.setAttribute("aria-invalid", "true")
        invalid = invalid || input
      } else {
        input.removeAttribute("aria-invalid")
      }
    }
    if (invalid) {
      invalid.focus()
      return
    }

    // the same client_id on a resubmit, so a retried start cannot store the message twice
    startClientId = startClientId || newClientId()
    const body: StartConversationBody = {
      ...(values as Record<"subject" | "message", string>),
      client_id: startClientId,
      // without query and fragment, which may carry tokens
      page_url: location.origin + location.pathname,
      locale,
    }
    if (panel.website.value) {
      body.website = panel.website.value
    }

    panel.submit.textContent = t.starting
    panel.formError.textContent = ""
    if (who) {
      body.identity_token = who.token
    }
    try {
      const res = await api.start(channelId, body).catch((error: unknown) => {
        if (
          body.identity_token &&
          body.email &&
          error instanceof HttpError &&
          error.status == 400 &&
          /identity_token/.test(error.message)
        ) {
          // an expired identity must not keep the shopper from chatting: go on as a guest
          console.warn(`[Helpdesk] ${error.message}`)
          delete body.identity_token
          return api.start(channelId, body)
        }
        throw error
      })
      if (destroyed || at != epoch || !res.visitor_token) {
        // reset meanwhile, or a 202 without a conversation: the server took this for a bot
        return
      }
      startClientId = null
      panel.form.reset()
      session = {
        conversation_id: res.conversation.id,
        visitor_token: res.visitor_token,
        last_seq: 0,
        owner: (body.identity_token && who && who.customer) || null,
      }
      // a conversation starts with an empty outbox: nothing of one before it is sent into it
      outbox.clear()
      saveSession()
      conversation = res.conversation
      agentJoined = !!res.conversation.agent_name
      connect(session, res.messages || [])
      render()
      panel.text.focus()
    } catch (error) {
      panel.formError.textContent = describe(error)
    }
  }

  /**
   * Whether the panel is open, for the next load of the page (in this tab only). loader.js
   * fetches chat.js at once only when something is saved for the channel: without a
   * conversation, an empty record stands in while the panel is open.
   */
  const remember = (open: boolean) => {
    try {
      if (open) {
        sessionStorage[openKey(channelId)] = "1"
      } else {
        sessionStorage.removeItem(openKey(channelId))
      }
    } catch {
      // no sessionStorage: nothing to remember it in
    }
    if (!session) {
      if (open && !store.get(sessionKey(channelId))) {
        store.set(sessionKey(channelId), {})
      } else if (!open && !readSession(store, channelId)) {
        store.remove(sessionKey(channelId))
      }
    }
  }

  /* ------------------------------ wiring ------------------------------ */

  panel.form.onsubmit = (event) => {
    event.preventDefault()
    // one start at a time: asking the store for a token may take a moment
    if (!panel.submit.disabled) {
      panel.submit.disabled = true
      void start().finally(() => {
        panel.submit.disabled = false
        panel.submit.textContent = t.start
      })
    }
  }
  panel.composer.onsubmit = (event) => {
    event.preventDefault()
    sendText()
  }
  panel.text.onkeydown = (event) => {
    if (event.key == "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault()
      sendText()
    }
  }
  panel.text.oninput = onInput
  panel.text.onblur = stopTyping
  panel.closeButton.onclick = () => host.show(false)
  host.root.onkeydown = (event) => {
    if (event.key == "Escape" && isOpen) {
      host.show(false)
    }
  }
  /** The first field to fill: the name, or the subject for an identified customer. */
  const focusForm = () =>
    (identity.known() ? panel.fields.subject : panel.fields.name).input.focus()

  panel.newChat.onclick = () => {
    reset()
    focusForm()
  }
  host.root.append(panel.el)

  const link = readContinueToken(location.hash)
  void (link ? follow(link) : check())
  render()
  try {
    if (sessionStorage[openKey(channelId)]) {
      host.show(true)
    }
  } catch {
    // no sessionStorage: the panel starts closed
  }

  return {
    open() {
      if (!session) {
        // another tab may have started a conversation since this page loaded
        void check()
      }
      isOpen = true
      remember(true)
      panel.el.hidden = false
      render()
      panel.scroller.scrollTop = panel.scroller.scrollHeight
      if (session) {
        panel.text.focus()
      } else {
        focusForm()
        // a chat may start: a store's token function is asked who the shopper is
        void identity.get().then(() => {
          render()
          if (isOpen && !session) {
            focusForm()
          }
        })
      }
    },
    close() {
      // focus goes back to the bubble only when it was in the panel (Escape, the close button)
      const focused = panel.el.contains(
        (host.root.getRootNode() as ShadowRoot).activeElement
      )
      isOpen = false
      remember(false)
      panel.el.hidden = true
      stopTyping()
      render()
      if (focused) {
        host.button.focus()
      }
    },
    update() {
      // the store called identify: compare the conversation's owner again, redraw the form
      if (host.identity() !== source) {
        identity.set((source = host.identity()))
        void check()
      }
      render()
    },
    reset() {
      // the loader has dropped the identity too
      identity.set((source = host.identity()))
      reset()
    },
    destroy() {
      destroyed = true
      delivery?.stop()
      files.stop()
      for (const name in timers) {
        stop(name)
      }
      panel.el.remove()
      host.root.onkeydown = null
    },
  }
}

const w = window as typeof window & { HelpdeskChat?: ChatModule }
w.HelpdeskChat = { mount }
