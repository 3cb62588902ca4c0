import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminAutomationRuleBody,
  AdminAutomationRuleDeleteResponse,
  AdminAutomationRuleListParams,
  AdminAutomationRuleListResponse,
  AdminAutomationRuleResponse,
  AdminAutomationRuleTestResponse,
  AdminAutomationRunsResponse,
  AdminReorderAutomationRulesResponse,
} from "../../lib/automation-types"
import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"
import { createResourceHooks, MutationOptions, QueryOptions } from "./resource"
import { ticketQueryKeys } from "./tickets"

const RULES_PATH = "/admin/helpdesk/automation-rules"

export const automationRuleQueryKeys = queryKeysFactory<
  "helpdesk-automation-rule",
  AdminAutomationRuleListParams
>("helpdesk-automation-rule")

const ruleHooks = createResourceHooks<{
  listParams: AdminAutomationRuleListParams
  detailParams: Record<string, unknown>
  listResponse: AdminAutomationRuleListResponse
  response: AdminAutomationRuleResponse
  deleteResponse: AdminAutomationRuleDeleteResponse
  create: AdminAutomationRuleBody
  update: Partial<AdminAutomationRuleBody>
}>({ path: RULES_PATH, queryKeys: automationRuleQueryKeys })

export const useAutomationRules = ruleHooks.useList
export const useAutomationRule = (
  id: string,
  options?: QueryOptions<AdminAutomationRuleResponse>
) => ruleHooks.useDetail(id, undefined, options)
export const useCreateAutomationRule = ruleHooks.useCreate
export const useUpdateAutomationRule = ruleHooks.useUpdate
export const useDeleteAutomationRule = ruleHooks.useDelete

/** Puts the rules in the given order: the first id runs first. */
export const useReorderAutomationRules = (
  options?: MutationOptions<AdminReorderAutomationRulesResponse, string[]>
) => {
  const queryClient = useQueryClient()
  return useMutation<AdminReorderAutomationRulesResponse, FetchError, string[]>(
    {
      ...options,
      mutationFn: (ids) =>
        sdk.client.fetch<AdminReorderAutomationRulesResponse>(
          `${RULES_PATH}/reorder`,
          { method: "POST", body: { ids } }
        ),
      onSuccess: async (...args) => {
        await queryClient.invalidateQueries({
          queryKey: automationRuleQueryKeys.all,
        })
        await options?.onSuccess?.(...args)
      },
    }
  )
}

/** Evaluates the saved rule against a ticket without changing anything. */
export const useTestAutomationRule = (ruleId: string) =>
  useMutation<AdminAutomationRuleTestResponse, FetchError, string>({
    mutationFn: (ticket_id) =>
      sdk.client.fetch<AdminAutomationRuleTestResponse>(
        `${RULES_PATH}/${encodeURIComponent(ruleId)}/test`,
        { method: "POST", body: { ticket_id } }
      ),
  })

/**
 * The rules that ran on a ticket. Kept under the ticket's key, so whatever refreshes the
 * ticket (its socket events, a save) refreshes its runs too.
 */
export const useTicketAutomationRuns = (
  ticketId: string,
  options?: QueryOptions<AdminAutomationRunsResponse>
) => {
  const { data, ...rest } = useQuery({
    ...options,
    queryKey: [...ticketQueryKeys.detail(ticketId), "automation-runs"],
    queryFn: () =>
      sdk.client.fetch<AdminAutomationRunsResponse>(
        `/admin/helpdesk/tickets/${encodeURIComponent(ticketId)}/automation-runs`
      ),
  })
  return { ...data, ...rest }
}
