import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { IFileModuleService, Logger } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import multer from "multer"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import type { StoredAttachment } from "../../modules/helpdesk/service"
import type {
  AttachmentUploader,
  WireAttachmentUpload,
} from "../../types/attachment"
import { isInlineImage, sniffAttachmentType } from "../../utils/file-type"
import { unstorableReason } from "../../utils/storable-text"
import { uploadAttachmentsWorkflow } from "../../workflows/attachments/workflows/upload-attachments"

const MB = 1024 * 1024
const inMegabytes = (bytes: number) =>
  `${Number((bytes / MB).toFixed(1)).toString()} MB`

const refuse = (
  res: MedusaResponse,
  status: number,
  type: string,
  message: string
) => res.status(status).json({ type, message })

/**
 * Reads the multipart field `files` into memory, as Medusa's /admin/uploads does, within the
 * attachments options: a file over the size limit or more files than a message carries is
 * refused with 413 before anything is stored.
 */
export function receiveAttachmentFiles(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const maxBytes = helpdesk.getMaxAttachmentBytes()
  const maxFiles = helpdesk.getMaxAttachmentsPerMessage()
  const upload = multer({
    storage: multer.memoryStorage(),
    // file names are UTF-8 in every browser's form data
    defParamCharset: "utf8",
    limits: { fileSize: maxBytes, files: maxFiles, fields: 0, parts: maxFiles },
  }).array("files", maxFiles)
  upload(req, res, (err: unknown) => {
    if (!err) {
      return next()
    }
    if (err instanceof multer.MulterError) {
      switch (err.code) {
        case "LIMIT_FILE_SIZE":
          return refuse(
            res,
            413,
            "file_too_large",
            `A file is larger than ${inMegabytes(maxBytes)}. Send a smaller photo or PDF.`
          )
        case "LIMIT_FILE_COUNT":
        case "LIMIT_PART_COUNT":
          return refuse(
            res,
            413,
            "too_many_files",
            `At most ${maxFiles} files can be sent at once.`
          )
        case "LIMIT_UNEXPECTED_FILE":
          // multer names the same code for a wrong field and for one file too many
          return err.field === "files"
            ? refuse(
                res,
                413,
                "too_many_files",
                `At most ${maxFiles} files can be sent at once.`
              )
            : refuse(
                res,
                400,
                "invalid_data",
                `Send the files in the multipart field "files", not "${err.field}".`
              )
        case "LIMIT_FIELD_COUNT":
          return refuse(
            res,
            400,
            "invalid_data",
            `Send only files, in the multipart field "files".`
          )
        default:
          return refuse(res, 400, "invalid_data", err.message)
      }
    }
    // busboy's word for a body that is not well-formed multipart
    return refuse(
      res,
      400,
      "invalid_data",
      'The upload could not be read. Send the files as multipart/form-data in the field "files".'
    )
  })
}

/** The name to keep for a file: its last path segment, text only, at most 255 characters. */
export function attachmentName(original: string | undefined): string {
  const base = (original ?? "").split(/[\\/]/).pop() ?? ""
  // control characters (and NUL) are dropped; a broken surrogate makes the name unusable
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim()
  if (!cleaned || unstorableReason(cleaned)) {
    return "file"
  }
  return [...cleaned].slice(0, 255).join("")
}

export const toWireUpload = (a: StoredAttachment): WireAttachmentUpload => ({
  id: a.id,
  name: a.name,
  mime_type: a.mime_type,
  size: Number(a.size),
})

/**
 * Stores the files of a multipart upload as attachments of a ticket and answers 201
 * `{ attachment, attachments }`: the first (for one file) and all, in the order sent.
 * Files are checked by their content; one that is not a picture or a PDF refuses the whole
 * upload with 415 and nothing is stored.
 */
export async function respondWithUploadedAttachments(
  req: MedusaRequest,
  res: MedusaResponse,
  ticketId: string,
  uploader: { type: AttachmentUploader; id: string | null }
) {
  const files = (req as MedusaRequest & { files?: Express.Multer.File[] }).files
  if (!files?.length) {
    return refuse(
      res,
      400,
      "invalid_data",
      'Attach at least one file, as multipart/form-data in the field "files".'
    )
  }
  const typed = []
  for (const file of files) {
    const name = attachmentName(file.originalname)
    const mimeType = sniffAttachmentType(file.buffer)
    if (!mimeType) {
      return refuse(
        res,
        415,
        "unsupported_media_type",
        `"${name}" is not a photo or a PDF. Send a JPEG, PNG, WebP or GIF picture, or a PDF.`
      )
    }
    if (!file.size) {
      return refuse(res, 400, "invalid_data", `"${name}" is empty.`)
    }
    typed.push({
      name,
      mime_type: mimeType,
      size: file.size,
      content: file.buffer.toString("base64"),
    })
  }
  const { result } = await uploadAttachmentsWorkflow(req.scope).run({
    input: {
      ticket_id: ticketId,
      uploaded_by_type: uploader.type,
      uploaded_by_id: uploader.id,
      files: typed,
    },
  })
  const attachments = result.map(toWireUpload)
  res.status(201).json({ attachment: attachments[0], attachments })
}

/** `filename*` (RFC 6266/5987) with a plain ASCII fallback. */
function contentDisposition(kind: "inline" | "attachment", name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/**
 * Streams an attachment's bytes from the File module. Pictures are shown inline, everything
 * else is only ever downloaded; the browser may not guess another type, and the response
 * can run nothing even if it were opened as a page.
 */
export async function streamAttachment(
  req: MedusaRequest,
  res: MedusaResponse,
  attachment: StoredAttachment & { file_id: string }
) {
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
  let stream: NodeJS.ReadableStream
  try {
    stream = await files.getDownloadStream(attachment.file_id)
  } catch (err) {
    return fileGone(req, res, attachment, err)
  }
  stream.once("error", (err) => {
    if (!res.headersSent) {
      for (const header of [
        "Content-Type",
        "Content-Length",
        "Content-Disposition",
        "Cache-Control",
      ]) {
        res.removeHeader(header)
      }
      fileGone(req, res, attachment, err)
    } else {
      res.destroy(err instanceof Error ? err : undefined)
    }
  })
  res.setHeader("Content-Type", attachment.mime_type)
  res.setHeader("Content-Length", String(attachment.size))
  res.setHeader(
    "Content-Disposition",
    contentDisposition(
      isInlineImage(attachment.mime_type) ? "inline" : "attachment",
      attachment.name
    )
  )
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("Cache-Control", "private, max-age=300")
  stream.pipe(res)
}

function fileGone(
  req: MedusaRequest,
  res: MedusaResponse,
  attachment: { id: string; file_id: string },
  err: unknown
) {
  req.scope
    .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    .warn(
      `Helpdesk: the file ${attachment.file_id} of attachment ${attachment.id} could not be read (${err instanceof Error ? err.message : String(err)}).`
    )
  refuse(
    res,
    404,
    "not_found",
    "This file is no longer available. Ask for it to be sent again."
  )
}

/** The same answer for an attachment that does not exist and one the reader may not have. */
export const attachmentNotFound = (id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `The attachment ${id} was not found in this conversation.`
  )
