import { Outlet } from "react-router-dom"
import { TagListTable } from "../../../../components/tags/tag-list-table"

const TagsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <TagListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Tags",
}

export default TagsPage
