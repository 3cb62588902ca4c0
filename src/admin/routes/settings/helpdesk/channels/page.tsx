import { Outlet } from "react-router-dom"
import { ChannelListTable } from "../../../../components/channels/channel-list-table"
import { translate } from "../../../../lib/locale"

const ChatChannelsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <ChannelListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.channels.chatChannels"),
}

export default ChatChannelsPage
