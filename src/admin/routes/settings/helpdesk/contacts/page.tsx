import { Outlet } from "react-router-dom"
import { ContactListTable } from "../../../../components/contacts/contact-list-table"
import { translate } from "../../../../lib/locale"

const ContactsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <ContactListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => translate("helpdesk.contacts.contacts"),
}

export default ContactsPage
