import { createStep } from "@medusajs/framework/workflows-sdk"
import {
  assertUsersExist,
  type UserIdsCheck,
} from "../utils/assert-users-exist"

export type ValidateUsersExistStepInput = UserIdsCheck

export const validateUsersExistStepId = "validate-helpdesk-users-exist"
/**
 * This step checks that every user id in a field (team members, channel agents) is an
 * existing Medusa user.
 */
export const validateUsersExistStep = createStep(
  validateUsersExistStepId,
  async (input: ValidateUsersExistStepInput, { container }) => {
    await assertUsersExist(container, [input])
  }
)
