import { Outlet } from "react-router-dom"
import { InboxListTable } from "../../../../components/inboxes/inbox-list-table"
import { translate } from "../../../../lib/locale"

const InboxesPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <InboxListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.inboxes.inboxes"),
}

export default InboxesPage
