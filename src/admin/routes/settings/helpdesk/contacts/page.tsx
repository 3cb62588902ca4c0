import { Outlet } from "react-router-dom"
import { ContactListTable } from "../../../../components/contacts/contact-list-table"

const ContactsPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <ContactListTable />
      <Outlet />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Contacts",
}

export default ContactsPage
