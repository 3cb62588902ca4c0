import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateTagNamesStepInput = {
  /** Tags about to get these names; `id` is set for a tag being renamed. */
  tags: { id?: string; name?: string }[]
}

// `%`, `_` and `\` are wildcards to ILIKE; a tag may well be called "50%".
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

export const validateTagNamesStepId = "validate-helpdesk-tag-names"
/**
 * This step checks that no two tags would share a name. Names are compared without regard to
 * case, since "VIP" and "vip" would be the same label to an agent.
 */
export const validateTagNamesStep = createStep(
  validateTagNamesStepId,
  async ({ tags }: ValidateTagNamesStepInput, { container }) => {
    const named = tags.filter(
      (t): t is { id?: string; name: string } => typeof t.name === "string"
    )
    if (!named.length) {
      return
    }

    const seen = new Set<string>()
    for (const { name } of named) {
      const key = name.toLowerCase()
      if (seen.has(key)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The tag name "${name}" is given twice; each tag needs its own name.`
        )
      }
      seen.add(key)
    }

    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const { id, name } of named) {
      const [existing] = await helpdesk.listHelpdeskTags(
        { name: { $ilike: escapeLike(name) } },
        { select: ["id", "name"], take: 1 }
      )
      if (existing && existing.id !== id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `A tag named "${existing.name}" already exists; choose another name or use that tag.`
        )
      }
    }
  }
)
