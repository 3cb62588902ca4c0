import { Outlet } from "react-router-dom"
import { TeamListTable } from "../../../../components/teams/team-list-table"
import { translate } from "../../../../lib/locale"

const TeamsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <TeamListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.teams.teams"),
}

export default TeamsPage
