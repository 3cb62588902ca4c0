import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type {
  AttachmentMimeType,
  AttachmentUploader,
} from "../../../types/attachment"

export type CreateAttachmentInput = {
  ticket_id: string
  file_id: string
  name: string
  mime_type: AttachmentMimeType
  size: number
  uploaded_by_type: AttachmentUploader
  uploaded_by_id: string | null
}

export type CreateAttachmentsStepInput = {
  attachments: CreateAttachmentInput[]
}

export const createAttachmentsStepId = "create-helpdesk-attachments"
/**
 * This step records stored files as attachments of a conversation, not yet carried by any
 * message.
 */
export const createAttachmentsStep = createStep(
  createAttachmentsStepId,
  async ({ attachments }: CreateAttachmentsStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createHelpdeskAttachments(attachments)
    return new StepResponse(
      created,
      created.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteHelpdeskAttachments(ids)
  }
)
