/** Medusa's URL as the admin's SDK uses it, without a trailing slash ("" when same-origin). */
const backend = (__BACKEND_URL__ ?? "").replace(/\/+$/, "")

/** An attachment's access-checked route, for <img> and links (the session cookie goes along). */
export const attachmentUrl = (ticketId: string, attachmentId: string) =>
  `${backend}/admin/helpdesk/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`

export const uploadUrl = (ticketId: string) =>
  `${backend}/admin/helpdesk/tickets/${encodeURIComponent(ticketId)}/attachments`

export const isImage = (mimeType: string) => mimeType.startsWith("image/")

/** 1.2 MB, 340 KB… */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** What the file picker offers; the server checks the content itself. */
export const ACCEPTED_TYPES =
  "image/jpeg,image/png,image/webp,image/gif,application/pdf"
