import { useCallback, useEffect, useRef, useState } from "react"
import type { WireAttachmentUpload } from "../../../../types/attachment"
import { uploadUrl } from "./attachment-url"
import { useTranslation } from "react-i18next"

/** A file being uploaded for the next message, or uploaded already. */
export type UploadItem = {
  key: string
  name: string
  /** a local preview for pictures, until the message is sent */
  preview: string | null
  /** 0…1 */
  progress: number
  uploaded: WireAttachmentUpload | null
}

/**
 * Uploads picked, dropped or pasted files for a ticket right away, one request per file so each
 * has its own progress. `ready()` gives the uploaded files for a send, or null while some are
 * still on their way.
 */
export function useAttachmentUploads(
  ticketId: string,
  onError: (message: string) => void
) {
  const { t } = useTranslation()
  const [items, setItems] = useState<UploadItem[]>([])
  const requests = useRef(new Map<string, XMLHttpRequest>())

  const update = (key: string, change: Partial<UploadItem>) =>
    setItems((list) =>
      list.map((item) => (item.key === key ? { ...item, ...change } : item))
    )

  const remove = useCallback((key: string) => {
    requests.current.get(key)?.abort()
    requests.current.delete(key)
    setItems((list) => {
      const gone = list.find((item) => item.key === key)
      if (gone?.preview) {
        URL.revokeObjectURL(gone.preview)
      }
      return list.filter((item) => item.key !== key)
    })
  }, [])

  const add = useCallback(
    (files: ArrayLike<File>) => {
      for (const file of Array.from(files)) {
        const key = crypto.randomUUID()
        const preview = file.type.startsWith("image/")
          ? URL.createObjectURL(file)
          : null
        setItems((list) => [
          ...list,
          { key, name: file.name, preview, progress: 0, uploaded: null },
        ])
        const xhr = new XMLHttpRequest()
        requests.current.set(key, xhr)
        const fail = (reason: string) => {
          onError(t("helpdesk.attachments.failed", { name: file.name, reason }))
          remove(key)
        }
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable) {
            update(key, { progress: event.loaded / event.total })
          }
        }
        xhr.onload = () => {
          requests.current.delete(key)
          let data: { attachment?: WireAttachmentUpload; message?: string } = {}
          try {
            data = JSON.parse(xhr.responseText)
          } catch {
            // not JSON: a proxy's error page
          }
          if (xhr.status === 201 && data.attachment) {
            update(key, { progress: 1, uploaded: data.attachment })
          } else {
            fail(data.message || `HTTP ${xhr.status}`)
          }
        }
        xhr.onerror = () => fail(t("helpdesk.attachments.network"))
        xhr.open("POST", uploadUrl(ticketId))
        xhr.withCredentials = true
        const form = new FormData()
        form.append("files", file, file.name)
        xhr.send(form)
      }
    },
    [ticketId, onError, remove]
  )

  /** Forgets the tray after a send; the previews stay until the page goes (the transcript shows the stored files). */
  const clear = useCallback(() => setItems([]), [])

  // another ticket, or leaving the page: uploads still out are dropped
  useEffect(() => {
    const pending = requests.current
    return () => {
      pending.forEach((xhr) => xhr.abort())
      pending.clear()
      setItems([])
    }
  }, [ticketId])

  const uploading = items.some((item) => !item.uploaded)
  const ready = (): WireAttachmentUpload[] | null =>
    uploading ? null : items.map((item) => item.uploaded!)

  return { items, add, remove, clear, ready, uploading }
}
