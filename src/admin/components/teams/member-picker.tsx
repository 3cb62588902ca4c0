import { USER_PICKER_QUERY, UserMultiSelect } from "../user-multi-select"
import { translate } from "../../lib/locale"
import { useTranslation } from "react-i18next"

export const MEMBER_USER_QUERY = USER_PICKER_QUERY

type MemberPickerProps = {
  value: string[]
  error?: string
  onChange: (value: string[]) => void
}

const summary = (count: number) =>
  count === 0
    ? translate("helpdesk.teams.nobodyInThisTeam")
    : translate("helpdesk.teams.membersSelected", { count })

/** The users in a team. */
export const MemberPicker = (props: MemberPickerProps) => {
  const { t } = useTranslation()
  return (
    <UserMultiSelect
      {...props}
      idPrefix="team-member"
      groupLabel={t("helpdesk.teams.teamMembers")}
      summary={summary}
    />
  )
}
