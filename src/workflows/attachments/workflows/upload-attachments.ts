import { randomBytes } from "node:crypto"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type {
  AttachmentMimeType,
  AttachmentUploader,
} from "../../../types/attachment"
import { validateTicketAccessStep } from "../../tickets/steps/validate-ticket-access"
import { createAttachmentsStep } from "../steps/create-attachments"

export type UploadAttachmentsWorkflowInput = {
  ticket_id: string
  uploaded_by_type: AttachmentUploader
  /** the agent's user id; the agent must have access to the ticket's channel */
  uploaded_by_id?: string | null
  files: {
    /** the sender's file name, kept for display */
    name: string
    /** what the first bytes say the file is (checked by the caller) */
    mime_type: AttachmentMimeType
    size: number
    /** the bytes as a base64 string */
    content: string
  }[]
}

export const uploadAttachmentsWorkflowId = "upload-helpdesk-attachments"
/**
 * This workflow stores files through Medusa's File module, privately, and records them as
 * attachments of a conversation that a message of the same uploader may then carry. If
 * recording fails, the stored files are deleted again.
 *
 * @example
 * const { result } = await uploadAttachmentsWorkflow(container).run({
 *   input: {
 *     ticket_id,
 *     uploaded_by_type: "customer",
 *     files: [{ name: "mug.jpg", mime_type: "image/jpeg", size, content }],
 *   },
 * })
 */
export const uploadAttachmentsWorkflow = createWorkflow(
  uploadAttachmentsWorkflowId,
  (input: WorkflowData<UploadAttachmentsWorkflowInput>) => {
    when(
      { input },
      ({ input }) =>
        input.uploaded_by_type === "agent" && !!input.uploaded_by_id
    ).then(() => {
      validateTicketAccessStep(
        transform({ input }, ({ input }) => ({
          ticket_id: input.ticket_id,
          user_id: input.uploaded_by_id!,
        }))
      )
    })

    const stored = uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: input.files.map((f) => ({
          // The stored name says nothing about the conversation and cannot be guessed: a
          // provider that keeps private files beside public ones still serves no one by name.
          filename: `helpdesk-${randomName()}${EXTENSIONS[f.mime_type]}`,
          mimeType: f.mime_type,
          content: f.content,
          access: "private" as const,
        })),
      }))
    )

    const attachments = createAttachmentsStep(
      transform({ input, stored }, ({ input, stored }) => ({
        attachments: input.files.map((f, i) => ({
          ticket_id: input.ticket_id,
          file_id: stored[i].id,
          name: f.name,
          mime_type: f.mime_type,
          size: f.size,
          uploaded_by_type: input.uploaded_by_type,
          uploaded_by_id: input.uploaded_by_id ?? null,
        })),
      }))
    )

    const attachmentsUploaded = createHook("attachmentsUploaded", {
      attachments,
    })

    return new WorkflowResponse(attachments, { hooks: [attachmentsUploaded] })
  }
)

const EXTENSIONS: Record<AttachmentMimeType, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "image/gif": ".gif",
  "application/pdf": ".pdf",
}

const randomName = () => randomBytes(16).toString("hex")
