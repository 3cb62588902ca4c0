/**
 * Files in the chat: the paperclip, drag-and-drop and paste into the composer, each file's
 * upload with its progress, and the files of messages in the transcript (photos as thumbnails,
 * PDFs as links). Files are fetched with the visitor token and shown from blob: URLs, so no
 * URL that opens them without the token ever exists. Names are only ever set as text.
 */
import type {
  WireAttachment,
  WireAttachmentUpload,
} from "../src/types/attachment"
import { format, type Locale } from "./i18n"
import { h } from "./view"

/** What the server takes; it checks the content, this only narrows the file picker. */
const ACCEPT = "image/jpeg,image/png,image/webp,image/gif,application/pdf"
/** Files per message; the server has the last word (its `attachments` options). */
export const MAX_FILES = 5

const STRINGS: Record<Locale, Record<string, string>> = {
  en: {
    attach: "Attach a photo or PDF",
    remove: "Remove {name}",
    uploading: "Uploading {name}",
    wait: "Wait until your files have uploaded.",
    tooMany: "At most {n} files per message.",
    failed: "{name} was not uploaded: {reason}",
    network: "the connection failed",
    drop: "Drop files to attach them",
    open: "Open {name}",
  },
  pl: {
    attach: "Dołącz zdjęcie lub PDF",
    remove: "Usuń {name}",
    uploading: "Wysyłanie {name}",
    wait: "Poczekaj, aż pliki się wyślą.",
    tooMany: "Najwyżej {n} plików w jednej wiadomości.",
    failed: "Nie wysłano {name}: {reason}",
    network: "błąd połączenia",
    drop: "Upuść pliki, aby je dołączyć",
    open: "Otwórz {name}",
  },
}

const CSS = `
.cm .pc{flex:none;width:36px;height:36px;padding:6px;border:0;border-radius:6px;background:none;color:#59636e;cursor:pointer}
.pc svg{width:100%;height:100%;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}
.tr{display:flex;flex-wrap:wrap;gap:6px;padding:0 12px}
.tr:empty{display:none}
.ch{display:flex;align-items:center;gap:6px;max-width:100%;padding:4px 6px;border:1px solid #d1d9e0;border-radius:6px;font-size:12px}
.ch img{width:32px;height:32px;object-fit:cover;border-radius:4px}
.ch span{max-width:140px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.ch progress{width:48px}
.ch button{padding:0 4px;border:0;background:none;color:inherit;font:inherit;cursor:pointer}
.fs{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.fs a{color:inherit}
.fs img{display:block;max-width:180px;max-height:160px;border-radius:8px;background:#0001}
.dz{outline:3px dashed var(--c);outline-offset:-6px}
`

// a paperclip
const CLIP =
  "M21 11.5l-8.6 8.6a5.5 5.5 0 0 1-7.8-7.8l9.2-9.2a3.7 3.7 0 0 1 5.2 5.2l-9.2 9.2a1.8 1.8 0 0 1-2.6-2.6l8.5-8.5"

type Pending = {
  file: File
  chip: HTMLElement
  done?: WireAttachmentUpload
  xhr?: XMLHttpRequest
}

export type AttachmentsOptions = {
  backendUrl: string
  locale: Locale
  /** The conversation on screen, or null before one starts. */
  conversation: () => { id: string; token: string } | null
  /** A sentence for the shopper (an upload refused, too many files…); "" clears it. */
  notify: (message: string) => void
}

export type Attachments = {
  /** The paperclip, for the composer. */
  button: HTMLButtonElement
  /** Chips of the files about to be sent, with their progress. */
  tray: HTMLElement
  style: HTMLStyleElement
  /** Uploads and sends the files (picked, dropped or pasted). */
  add: (files: ArrayLike<File>) => void
  /** The uploaded files for the next message; null (and a notice) while some still upload. */
  ready: () => WireAttachmentUpload[] | null
  /** Empties the tray (after a send, or when the conversation goes). */
  clear: () => void
  /** A transcript line's files: thumbnails for photos, links for PDFs. */
  view: (files: (WireAttachmentUpload | WireAttachment)[]) => HTMLElement
  /** Lets drops and pastes on `panel` and `text` add files. */
  listen: (panel: HTMLElement, text: HTMLTextAreaElement) => void
  stop: () => void
}

const isImage = (type: string) => type.indexOf("image/") == 0

export function createAttachments(options: AttachmentsOptions): Attachments {
  const t = STRINGS[options.locale]
  const pending: Pending[] = []
  // one download per file for the page's life; every redraw reuses it
  const blobs = new Map<string, Promise<string>>()
  const input = h("input", {
    type: "file",
    accept: ACCEPT,
    multiple: "",
    hidden: "",
  })
  const button = h("button", {
    type: "button",
    class: "pc",
    "aria-label": t.attach,
    title: t.attach,
  })
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg")
  svg.setAttribute("viewBox", "0 0 24 24")
  svg.setAttribute("aria-hidden", "true")
  svg.innerHTML = `<path d="${CLIP}"/>`
  button.append(svg, input)
  const tray = h("div", { class: "tr", "aria-live": "polite" })
  const style = h("style", null, CSS)

  const fileUrl = (id: string) => {
    const c = options.conversation()!
    return `${options.backendUrl}/helpdesk/conversations/${encodeURIComponent(c.id)}/attachments/${encodeURIComponent(id)}`
  }

  /** The file's bytes as a blob: URL, fetched once with the visitor token. */
  const blobUrl = (id: string): Promise<string> => {
    let url = blobs.get(id)
    if (!url) {
      const c = options.conversation()
      url = c
        ? fetch(fileUrl(id), {
            headers: { authorization: `Bearer ${c.token}` },
            credentials: "omit",
          }).then((res) => {
            if (!res.ok) {
              throw new Error(String(res.status))
            }
            return res.blob().then((b) => URL.createObjectURL(b))
          })
        : Promise.reject(new Error("no conversation"))
      // a failed download is tried again on the next redraw
      url.catch(() => blobs.delete(id))
      blobs.set(id, url)
    }
    return url
  }

  const remove = (entry: Pending) => {
    entry.xhr?.abort()
    pending.splice(pending.indexOf(entry), 1)
    entry.chip.remove()
  }

  const upload = (entry: Pending) => {
    const c = options.conversation()
    if (!c) {
      return remove(entry)
    }
    const xhr = (entry.xhr = new XMLHttpRequest())
    const bar = h("progress", { max: "1", value: "0" })
    bar.setAttribute(
      "aria-label",
      format(t.uploading, { name: entry.file.name })
    )
    entry.chip.insertBefore(bar, entry.chip.lastChild)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        bar.value = e.loaded / e.total
      }
    }
    const fail = (reason: string) => {
      options.notify(format(t.failed, { name: entry.file.name, reason }))
      remove(entry)
    }
    xhr.onload = () => {
      let data: { attachment?: WireAttachmentUpload; message?: string } = {}
      try {
        data = JSON.parse(xhr.responseText)
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status == 201 && data.attachment) {
        entry.done = data.attachment
        bar.remove()
      } else {
        fail(data.message || String(xhr.status))
      }
    }
    xhr.onerror = () => fail(t.network)
    xhr.open(
      "POST",
      `${options.backendUrl}/helpdesk/conversations/${encodeURIComponent(c.id)}/attachments`
    )
    xhr.setRequestHeader("authorization", `Bearer ${c.token}`)
    const form = new FormData()
    form.append("files", entry.file, entry.file.name)
    xhr.send(form)
  }

  const add = (files: ArrayLike<File>) => {
    options.notify("")
    for (let i = 0; i < files.length; i++) {
      if (pending.length >= MAX_FILES) {
        options.notify(format(t.tooMany, { n: MAX_FILES }))
        break
      }
      const file = files[i]
      const close = h("button", {
        type: "button",
        "aria-label": format(t.remove, { name: file.name }),
      })
      close.textContent = "\u00d7"
      const chip = h(
        "div",
        { class: "ch" },
        isImage(file.type)
          ? h("img", { alt: "", src: URL.createObjectURL(file) })
          : null,
        h("span", { title: file.name }, file.name),
        close
      )
      const entry: Pending = { file, chip }
      close.onclick = () => remove(entry)
      pending.push(entry)
      tray.append(chip)
      upload(entry)
    }
  }

  input.onchange = () => {
    if (input.files) {
      add(input.files)
    }
    input.value = ""
  }
  button.onclick = () => input.click()

  const view = (files: (WireAttachmentUpload | WireAttachment)[]) => {
    const box = h("div", { class: "fs" })
    for (const file of files) {
      const label = format(t.open, { name: file.name })
      const link = h("a", { href: "#", title: label })
      link.setAttribute("aria-label", label)
      if (isImage(file.mime_type)) {
        const img = h("img", { alt: file.name })
        link.append(img)
        link.target = "_blank"
        link.rel = "noopener"
        void blobUrl(file.id).then(
          (url) => {
            img.src = link.href = url
          },
          () => undefined
        )
      } else {
        // a PDF is downloaded, never shown inside the store's page
        link.textContent = `\ud83d\udcc4 ${file.name}`
        link.download = file.name
        link.onclick = (event) => {
          if (link.getAttribute("href") == "#") {
            event.preventDefault()
            void blobUrl(file.id).then((url) => {
              link.href = url
              link.click()
            })
          }
        }
      }
      box.append(link)
    }
    return box
  }

  const listen = (panel: HTMLElement, text: HTMLTextAreaElement) => {
    const usable = (e: DragEvent) =>
      !!options.conversation() &&
      !!e.dataTransfer &&
      Array.prototype.indexOf.call(e.dataTransfer.types, "Files") >= 0
    panel.ondragover = (e) => {
      if (usable(e)) {
        e.preventDefault()
        panel.classList.add("dz")
        panel.title = t.drop
      }
    }
    panel.ondragleave = () => {
      panel.classList.remove("dz")
      panel.removeAttribute("title")
    }
    panel.ondrop = (e) => {
      panel.classList.remove("dz")
      panel.removeAttribute("title")
      if (usable(e)) {
        e.preventDefault()
        add(e.dataTransfer!.files)
      }
    }
    text.onpaste = (e) => {
      const files = e.clipboardData && e.clipboardData.files
      if (files && files.length) {
        e.preventDefault()
        add(files)
      }
    }
  }

  return {
    button,
    tray,
    style,
    add,
    ready: () => {
      if (pending.some((p) => !p.done)) {
        options.notify(t.wait)
        return null
      }
      return pending.map((p) => p.done!)
    },
    clear: () => {
      while (pending.length) {
        remove(pending[0])
      }
      options.notify("")
    },
    view,
    listen,
    stop: () => {
      while (pending.length) {
        remove(pending[0])
      }
      blobs.forEach((url) =>
        url.then(
          (u) => URL.revokeObjectURL(u),
          () => undefined
        )
      )
      blobs.clear()
    },
  }
}
