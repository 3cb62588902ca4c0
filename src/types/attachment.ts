/** The kinds of file a chat takes, told apart by their first bytes (see utils/file-type). */
export const ATTACHMENT_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
  "application/pdf",
] as const
export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number]

/** Who put a file into a conversation. */
export const ATTACHMENT_UPLOADERS = ["customer", "agent"] as const
export type AttachmentUploader = (typeof ATTACHMENT_UPLOADERS)[number]

/** Defaults of the `attachments` options. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const DEFAULT_MAX_ATTACHMENTS_PER_MESSAGE = 5

/** An attachment as the upload routes answer it. */
export type WireAttachmentUpload = {
  id: string
  name: string
  mime_type: AttachmentMimeType
  size: number
}

/** An attachment of a message; `url` is the access-checked route that streams it. */
export type WireAttachment = WireAttachmentUpload & { url: string }
