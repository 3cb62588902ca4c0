import { Outlet } from "react-router-dom"
import { RuleListTable } from "../../../../components/automations/rule-list-table"

const AutomationsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <RuleListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Automations",
}

export default AutomationsPage
