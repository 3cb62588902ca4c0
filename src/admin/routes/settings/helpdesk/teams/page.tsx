import { Outlet } from "react-router-dom"
import { TeamListTable } from "../../../../components/teams/team-list-table"

const TeamsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <TeamListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Teams",
}

export default TeamsPage
