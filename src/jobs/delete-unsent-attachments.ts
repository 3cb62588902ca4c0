import type { MedusaContainer } from "@medusajs/framework/types"
import { deleteUnsentAttachmentsWorkflow } from "../workflows/attachments/workflows/delete-unsent-attachments"

/** An upload no message took within this long was abandoned (the tab closed, the reply discarded). */
const UNSENT_FOR_MS = 24 * 60 * 60 * 1000

/** Every hour: deletes files uploaded into conversations a day ago or more and never sent. */
export default async function deleteUnsentAttachmentsJob(
  container: MedusaContainer
): Promise<void> {
  await deleteUnsentAttachmentsWorkflow(container).run({
    input: { before: new Date(Date.now() - UNSENT_FOR_MS).toISOString() },
  })
}

export const config = {
  name: "helpdesk-delete-unsent-attachments",
  schedule: "17 * * * *",
}
