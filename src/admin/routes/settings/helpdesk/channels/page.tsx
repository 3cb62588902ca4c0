import { Outlet } from "react-router-dom"
import { ChannelListTable } from "../../../../components/channels/channel-list-table"

const ChatChannelsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <ChannelListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Chat channels",
}

export default ChatChannelsPage
