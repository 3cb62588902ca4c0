import { USER_PICKER_QUERY, UserMultiSelect } from "../user-multi-select"

export const AGENT_USER_QUERY = USER_PICKER_QUERY

type AgentPickerProps = {
  value: string[]
  error?: string
  onChange: (value: string[]) => void
}

const summary = (count: number) =>
  count === 0
    ? "Nobody selected: every admin user can work this channel."
    : `${count} ${count === 1 ? "user" : "users"} selected: only they see this channel's tickets.`

/** The users who may work a channel; none means everyone. */
export const AgentPicker = (props: AgentPickerProps) => (
  <UserMultiSelect
    {...props}
    idPrefix="channel-agent"
    groupLabel="Agents with access"
    summary={summary}
  />
)
