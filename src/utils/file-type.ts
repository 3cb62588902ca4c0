import type { AttachmentMimeType } from "../types/attachment"

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((b, i) => bytes[offset + i] === b)

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/**
 * What a file is, read from its first bytes: one of the kinds a chat takes, or null. The
 * name and the type the sender declared are never asked, so an HTML page or an SVG named
 * "photo.jpg" is refused like any other file that is not a picture or a PDF.
 */
export function sniffAttachmentType(
  bytes: Uint8Array
): AttachmentMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return "image/jpeg"
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return "image/png"
  }
  if (
    startsWith(bytes, ascii("GIF87a")) ||
    startsWith(bytes, ascii("GIF89a"))
  ) {
    return "image/gif"
  }
  // RIFF, four bytes of length, WEBP
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) {
    return "image/webp"
  }
  if (startsWith(bytes, ascii("%PDF-"))) {
    return "application/pdf"
  }
  return null
}

/** Images are shown in the page; everything else is only ever downloaded. */
export const isInlineImage = (mimeType: string) =>
  mimeType === "image/jpeg" ||
  mimeType === "image/png" ||
  mimeType === "image/webp" ||
  mimeType === "image/gif"
