import { Outlet } from "react-router-dom"
import { RuleListTable } from "../../../../components/automations/rule-list-table"
import { translate } from "../../../../lib/locale"

const AutomationsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <RuleListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.automations.automations"),
}

export default AutomationsPage
