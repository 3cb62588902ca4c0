import { USER_PICKER_QUERY, UserMultiSelect } from "../user-multi-select"

export const MEMBER_USER_QUERY = USER_PICKER_QUERY

type MemberPickerProps = {
  value: string[]
  error?: string
  onChange: (value: string[]) => void
}

const summary = (count: number) =>
  count === 0
    ? "Nobody in this team yet."
    : `${count} ${count === 1 ? "member" : "members"} selected.`

/** The users in a team. */
export const MemberPicker = (props: MemberPickerProps) => (
  <UserMultiSelect
    {...props}
    idPrefix="team-member"
    groupLabel="Team members"
    summary={summary}
  />
)
