import { USER_PICKER_QUERY, UserMultiSelect } from "../user-multi-select"
import { translate } from "../../lib/locale"
import { useTranslation } from "react-i18next"

export const AGENT_USER_QUERY = USER_PICKER_QUERY

type AgentPickerProps = {
  value: string[]
  error?: string
  onChange: (value: string[]) => void
}

const summary = (count: number) =>
  count === 0
    ? translate("helpdesk.channels.nobodySelectedEveryAdmin")
    : translate("helpdesk.channels.agentsSelected", { count })

/** The users who may work a channel; none means everyone. */
export const AgentPicker = (props: AgentPickerProps) => {
  const { t } = useTranslation()
  return (
    <UserMultiSelect
      {...props}
      idPrefix="channel-agent"
      groupLabel={t("helpdesk.channels.agentsWithAccess")}
      summary={summary}
    />
  )
}
