import { Outlet } from "react-router-dom"
import { TagListTable } from "../../../../components/tags/tag-list-table"
import { translate } from "../../../../lib/locale"

const TagsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <TagListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.tags.tags"),
}

export default TagsPage
