/**
 * All DOM of the widget, inside an open shadow root so the store's CSS cannot reach it.
 * Text from shoppers and agents is only ever set as text (`append(string)`, `textContent`).
 */
import { format, type Strings } from "./i18n"
import type { WidgetConfig } from "./types"

type Child = Node | string | null | undefined | false

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const name in attrs) {
    el.setAttribute(name, attrs[name])
  }
  for (const child of children) {
    if (child) {
      el.append(child)
    }
  }
  return el
}

const CLOSE_ICON = "M6 6l12 12M18 6 6 18"

function icon(d: string): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg"
  const svg = document.createElementNS(ns, "svg")
  const path = document.createElementNS(ns, "path")
  svg.setAttribute("viewBox", "0 0 24 24")
  svg.setAttribute("aria-hidden", "true")
  path.setAttribute("d", d)
  svg.append(path)
  return svg
}

/** Dark text on light brand colours, white on dark ones (weights close to ITU-R BT.601 luma). */
export function textColor(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  return (n >> 16) * 2 + ((n >> 8) & 255) * 5 + (n & 255) > 1280
    ? "#111"
    : "#fff"
}

// The icon is drawn in CSS: a speech bubble (an X while open, see PANEL_CSS). Its colour is the
// brand colour inverted and pushed to black or white, so a light brand colour gets a dark icon
// without any code here.
const LAUNCHER_CSS =
  ".b{position:fixed;z-index:2147483000;bottom:var(--o);right:20px;width:56px;height:56px;border:0;border-radius:50%;background:var(--c);box-shadow:0 4px 14px #0004;cursor:pointer}.l .b{left:20px;right:auto}.b:before{content:'';position:absolute;left:16px;top:17px;width:24px;height:21px;border-radius:11px 11px 11px 2px;background:inherit;filter:invert(1) grayscale(1) contrast(99)}"

export type Launcher = {
  host: HTMLElement
  /** Holds the bubble, and the panel once chat.js adds it. */
  root: HTMLElement
  button: HTMLButtonElement
}

/** The shadow root and the bubble, hidden until the config says where it may show. */
export function createLauncher(label: string): Launcher {
  // an unknown element name: selectors such as `div` or `body > div` in the store's CSS miss it
  const host = document.createElement("helpdesk-widget")
  const root = document.createElement("div")
  const button = document.createElement("button")
  const style = document.createElement("style")
  style.textContent = LAUNCHER_CSS
  button.className = "b"
  // the property reflects to the aria-label attribute (every browser since 2023) in fewer bytes
  button.ariaLabel = label
  root.hidden = true
  root.append(button)
  host.style.all = "initial"
  host.attachShadow({ mode: "open" }).append(style, root)
  // loader.js is async and may run before <body> exists
  ;(document.body || document.documentElement).append(host)
  return { host, root, button }
}

export function applyConfig(root: HTMLElement, config: WidgetConfig): void {
  // setProperty takes one value: a malformed colour is dropped, it cannot add declarations
  root.style.setProperty("--o", `${config.vertical_offset}px`)
  root.style.setProperty("--c", config.color)
  root.classList.toggle("l", config.alignment == "left")
}

/**
 * chat.js takes the bubble over: the unread badge, and its name and icon while the panel is
 * open. Returns the function that redraws it.
 */
export function bubbleUpdater(
  root: HTMLElement,
  button: HTMLButtonElement,
  t: Pick<Strings, "open" | "close" | "unread">
): (open: boolean, unread: number) => void {
  const badge = h("span", { class: "n", "aria-hidden": "true" })
  button.append(badge)
  return (open, unread) => {
    root.classList.toggle("o", open)
    button.setAttribute("aria-expanded", String(open))
    button.setAttribute(
      "aria-label",
      open ? t.close : unread ? format(t.unread, { n: unread }) : t.open
    )
    badge.textContent = unread > 99 ? "99+" : String(unread)
    badge.hidden = open || !unread
  }
}

/* ------------------------------ the panel (chat.js) ------------------------------ */

export const PANEL_CSS = `
[hidden]{display:none!important}
.b:focus-visible{outline:3px solid var(--c);outline-offset:3px}
.o .b:before,.o .b:after{content:'';position:absolute;left:16px;top:27px;width:24px;height:3px;border-radius:2px;background:var(--t);filter:none;transform:rotate(45deg)}
.o .b:after{transform:rotate(-45deg)}
.n{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#cf222e;color:#fff;font:700 12px/20px system-ui,sans-serif}
.p{position:fixed;z-index:2147483000;bottom:calc(var(--o) + 72px);right:20px;width:370px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - var(--o) - 96px);display:flex;flex-direction:column;background:#fff;color:#1f2328;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.25);overflow:hidden;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.l .p{left:20px;right:auto}
header{display:flex;align-items:center;gap:8px;padding:10px 8px 10px 16px;background:var(--c);color:var(--t)}
h2{flex:1;margin:0;font-size:16px;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.x{width:36px;height:36px;padding:6px;border:0;border-radius:6px;background:none;color:inherit;cursor:pointer}
.x svg{width:100%;height:100%;fill:none;stroke:currentColor;stroke-width:2.5}
.s{flex:1;overflow-y:auto;padding:16px}
.notice{margin:0 0 12px;padding:10px 12px;border-radius:8px;background:#f3f4f6;white-space:pre-wrap;overflow-wrap:anywhere}
.notice:empty{display:none}
label{display:block;margin:10px 0 4px;font-weight:600}
input,textarea{box-sizing:border-box;width:100%;margin:0;padding:8px 10px;border:1px solid #8c959f;border-radius:6px;background:#fff;color:inherit;font:inherit}
textarea{min-height:88px;resize:vertical}
input:focus,textarea:focus,button:focus-visible{outline:2px solid var(--c);outline-offset:1px}
[aria-invalid=true]{border-color:#cf222e}
.err{margin:4px 0 0;color:#cf222e;font-size:13px}
.err:empty{display:none}
.go{margin-top:14px;width:100%;padding:10px 14px;border:0;border-radius:6px;background:var(--c);color:var(--t);font:inherit;font-weight:600;cursor:pointer}
.go:disabled{opacity:.6;cursor:default}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ol{display:flex;flex-direction:column;gap:8px;margin:0;padding:0;list-style:none}
li{align-self:flex-start;max-width:85%;padding:8px 12px;border-radius:12px;background:#f3f4f6;white-space:pre-wrap;overflow-wrap:anywhere}
li.me{align-self:flex-end;background:var(--c);color:var(--t)}
li.sys{align-self:center;padding:2px 8px;background:none;color:#59636e;font-size:13px;text-align:center}
li.pending{opacity:.6}
.who{display:block;margin-bottom:2px;font-size:12px;font-weight:600}
.state{display:block;margin-top:4px;font-size:12px}
.state button{margin-left:6px;padding:0;border:0;background:none;color:inherit;font:inherit;font-weight:700;text-decoration:underline;cursor:pointer}
.status{margin:12px 0 0;color:#59636e;font-style:italic}
.status:empty{display:none}
.closed{margin:12px 0 0;text-align:center;color:#59636e}
.closed button{display:block;margin:8px auto 0;padding:6px 12px;border:1px solid currentColor;border-radius:6px;background:none;color:inherit;font:inherit;cursor:pointer}
.cm{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid #d1d9e0}
.cm textarea{min-height:40px;max-height:120px;resize:none}
.cm .go{width:auto;margin:0}
.ce{padding:0 12px}
@media (max-width:639.98px){.p{top:0;left:0;right:0;bottom:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}.o .b{display:none!important}}
`

export type FieldName = "name" | "email" | "subject" | "message"
export type Field = {
  wrap: HTMLElement
  input: HTMLInputElement | HTMLTextAreaElement
  error: HTMLElement
}

export type Panel = {
  el: HTMLElement
  scroller: HTMLElement
  title: HTMLElement
  closeButton: HTMLButtonElement
  notice: HTMLElement
  form: HTMLFormElement
  fields: Record<FieldName, Field>
  website: HTMLInputElement
  formError: HTMLElement
  submit: HTMLButtonElement
  chat: HTMLElement
  log: HTMLOListElement
  status: HTMLElement
  closed: HTMLElement
  newChat: HTMLButtonElement
  composer: HTMLFormElement
  text: HTMLTextAreaElement
  composerError: HTMLElement
}

function field(
  name: FieldName,
  label: string,
  control: HTMLInputElement | HTMLTextAreaElement
): Field {
  const id = `hd-${name}`
  const error = h("p", { class: "err", id: `${id}-err` })
  control.id = id
  control.name = name
  control.setAttribute("aria-describedby", error.id)
  return {
    wrap: h("div", null, h("label", { for: id }, label), control, error),
    input: control,
    error,
  }
}

export function createPanel(t: Strings): Panel {
  const input = (attrs: Record<string, string>) => h("input", attrs)
  const fields: Record<FieldName, Field> = {
    name: field(
      "name",
      t.name,
      input({ type: "text", autocomplete: "name", maxlength: "200" })
    ),
    email: field(
      "email",
      t.email,
      input({ type: "email", autocomplete: "email", maxlength: "320" })
    ),
    subject: field(
      "subject",
      t.subject,
      input({ type: "text", maxlength: "200" })
    ),
    message: field("message", t.message, h("textarea", { rows: "4" })),
  }
  const website = input({
    type: "text",
    id: "hd-website",
    name: "website",
    tabindex: "-1",
    autocomplete: "off",
  })
  const formError = h("p", { class: "err", role: "alert" })
  const submit = h("button", { type: "submit", class: "go" }, t.start)
  const form = h(
    "form",
    { novalidate: "" },
    fields.name.wrap,
    fields.email.wrap,
    fields.subject.wrap,
    fields.message.wrap,
    // a field people never see: bots that fill every input reveal themselves
    h(
      "div",
      { class: "hp", "aria-hidden": "true" },
      h("label", { for: "hd-website" }, t.website),
      website
    ),
    formError,
    submit
  )

  const log = h("ol", { role: "log", "aria-live": "polite" })
  const status = h("p", { class: "status", role: "status" })
  const newChat = h("button", { type: "button" }, t.newChat)
  const closed = h("div", { class: "closed", hidden: "" }, t.closed, newChat)
  const chat = h("div", { hidden: "" }, log, status, closed)

  const text = h("textarea", { id: "hd-text", rows: "1" })
  const composerError = h("p", { class: "err ce", role: "alert" })
  const composer = h(
    "form",
    { class: "cm", novalidate: "", hidden: "" },
    h("label", { class: "sr", for: "hd-text" }, t.reply),
    text,
    h("button", { type: "submit", class: "go" }, t.send)
  )

  const title = h("h2", { id: "hd-title" })
  const closeButton = h(
    "button",
    { type: "button", class: "x", "aria-label": t.close },
    icon(CLOSE_ICON)
  )
  const notice = h("p", { class: "notice" })
  const scroller = h("div", { class: "s" }, notice, form, chat)
  const el = h(
    "section",
    { class: "p", role: "dialog", "aria-labelledby": "hd-title", hidden: "" },
    h("style", null, PANEL_CSS),
    h("header", null, title, closeButton),
    scroller,
    composerError,
    composer
  )
  return {
    el,
    scroller,
    title,
    closeButton,
    notice,
    form,
    fields,
    website,
    formError,
    submit,
    chat,
    log,
    status,
    closed,
    newChat,
    composer,
    text,
    composerError,
  }
}

/** One line of the transcript as the panel shows it; `body` is only ever inserted as text. */
export type Line = {
  kind: "me" | "agent" | "sys"
  body: string
  who?: string | null
  state?: "pending" | "failed"
  error?: string | null
}

export function fillLine(
  li: HTMLElement,
  line: Line,
  t: Strings,
  retry: () => void
): void {
  li.className = `${line.kind}${line.state ? ` ${line.state}` : ""}`
  li.textContent = ""
  // who wrote it: shown for agents, read out for everyone ("You: …", "Anna: …")
  if (line.kind == "me") {
    li.append(h("span", { class: "sr" }, `${t.you}: `))
  } else if (line.kind == "agent") {
    li.append(
      h("bdi", { class: "who" }, line.who || t.agent),
      h("span", { class: "sr" }, ": ")
    )
  }
  // <bdi>: a direction override typed into a message or a name ends where they end
  li.append(h("bdi", null, line.body))
  if (line.state == "pending") {
    li.append(h("span", { class: "sr" }, t.sending))
  } else if (line.state == "failed") {
    const again = h("button", { type: "button" }, t.retry)
    again.onclick = retry
    li.append(
      h(
        "span",
        { class: "state", role: "alert" },
        line.error || t.failed,
        again
      )
    )
  }
}
