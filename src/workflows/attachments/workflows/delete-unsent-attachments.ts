import { deleteFilesStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { retireUnsentAttachmentsStep } from "../steps/retire-unsent-attachments"

export type DeleteUnsentAttachmentsWorkflowInput = {
  /** attachments uploaded before this moment (ISO 8601) and never sent are deleted */
  before: string
  /** at most this many in one run */
  limit?: number
}

export const deleteUnsentAttachmentsWorkflowId =
  "delete-unsent-helpdesk-attachments"
/**
 * This workflow deletes files uploaded into conversations that no message ever carried, from
 * the helpdesk and from the File module. Deleting stored files cannot be undone, so that step
 * runs last.
 *
 * @example
 * await deleteUnsentAttachmentsWorkflow(container).run({
 *   input: { before: new Date(Date.now() - 86_400_000).toISOString() },
 * })
 */
export const deleteUnsentAttachmentsWorkflow = createWorkflow(
  deleteUnsentAttachmentsWorkflowId,
  (input: WorkflowData<DeleteUnsentAttachmentsWorkflowInput>) => {
    const retired = retireUnsentAttachmentsStep(
      transform({ input }, ({ input }) => ({
        before: input.before,
        limit: input.limit ?? 500,
      }))
    )
    when(
      "delete-unsent-attachment-files",
      { retired },
      ({ retired }) => retired.length > 0
    ).then(() => {
      deleteFilesStep(
        transform({ retired }, ({ retired }) => retired.map((a) => a.file_id))
      )
    })
    return new WorkflowResponse(
      transform({ retired }, ({ retired }) => retired.map((a) => a.id))
    )
  }
)
