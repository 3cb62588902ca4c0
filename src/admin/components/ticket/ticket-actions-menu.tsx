import {
  CheckCircle,
  EllipsisHorizontal,
  ListCheckbox,
  User,
} from "@medusajs/icons"
import { DropdownMenu, IconButton, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useAddTicketContact,
  useCloseTicket,
  useSkipAutoresponder,
} from "../../hooks/api/tickets"
import type { AdminTicket } from "../../lib/ticket-types"
import { NewTaskDrawer } from "../projects/new-task-drawer"

const errorText = (e: unknown, fallback: string) =>
  e instanceof Error ? e.message : fallback

/** The ⋯ quick actions above the ticket, as Responso offers them. */
export const TicketActionsMenu = ({ ticket }: { ticket: AdminTicket }) => {
  const { t } = useTranslation()
  const [taskOpen, setTaskOpen] = useState(false)
  const close = useCloseTicket(ticket.id)
  const addContact = useAddTicketContact(ticket.id)
  const skip = useSkipAutoresponder(ticket.id)

  const onClose = async () => {
    try {
      await close.mutateAsync()
      toast.success(
        t("helpdesk.ticketActions.closed", { number: ticket.number })
      )
    } catch (e) {
      toast.error(errorText(e, t("helpdesk.ticketActions.closeFailed")))
    }
  }

  const onAddContact = async () => {
    try {
      const { contact } = await addContact.mutateAsync()
      toast.success(
        t("helpdesk.ticketActions.contactAdded", { email: contact.email })
      )
    } catch (e) {
      toast.error(errorText(e, t("helpdesk.ticketActions.contactFailed")))
    }
  }

  const onSkip = async (next: boolean) => {
    try {
      await skip.mutateAsync({ skip: next })
      toast.success(
        next
          ? t("helpdesk.ticketActions.skipOn")
          : t("helpdesk.ticketActions.skipOff")
      )
    } catch (e) {
      toast.error(errorText(e, t("helpdesk.ticketActions.skipFailed")))
    }
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton
            size="small"
            variant="transparent"
            aria-label={t("helpdesk.ticketActions.label")}
          >
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end" className="min-w-[240px]">
          <DropdownMenu.Item
            className="gap-x-2"
            onSelect={() => setTaskOpen(true)}
          >
            <ListCheckbox className="text-ui-fg-subtle" />
            {t("helpdesk.ticketActions.newTask")}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={ticket.status === "closed" || close.isPending}
            onSelect={() => void onClose()}
          >
            <CheckCircle className="text-ui-fg-subtle" />
            {t("helpdesk.ticketActions.close")}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={addContact.isPending}
            onSelect={() => void onAddContact()}
          >
            <User className="text-ui-fg-subtle" />
            {t("helpdesk.ticketActions.addContact")}
          </DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.CheckboxItem
            checked={ticket.skip_next_autoresponder}
            disabled={skip.isPending}
            onCheckedChange={(checked) => void onSkip(checked === true)}
          >
            {t("helpdesk.ticketActions.skip")}
          </DropdownMenu.CheckboxItem>
        </DropdownMenu.Content>
      </DropdownMenu>
      <NewTaskDrawer
        open={taskOpen}
        onOpenChange={setTaskOpen}
        ticketId={ticket.id}
      />
    </>
  )
}
