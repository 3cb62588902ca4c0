export const AUTOMATION_TRIGGERS = [
  "ticket_created",
  "customer_message",
  "agent_message",
  "ticket_updated",
] as const
export type AutomationTrigger = (typeof AUTOMATION_TRIGGERS)[number]
