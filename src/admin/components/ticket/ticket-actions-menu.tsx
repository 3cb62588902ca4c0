import {
  CheckCircle,
  EllipsisHorizontal,
  ListCheckbox,
  User,
} from "@medusajs/icons"
import { DropdownMenu, IconButton, toast } from "@medusajs/ui"
import { useState } from "react"
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
  const [taskOpen, setTaskOpen] = useState(false)
  const close = useCloseTicket(ticket.id)
  const addContact = useAddTicketContact(ticket.id)
  const skip = useSkipAutoresponder(ticket.id)

  const onClose = async () => {
    try {
      await close.mutateAsync()
      toast.success(`Ticket #${ticket.number} was closed.`)
    } catch (e) {
      toast.error(errorText(e, "The ticket could not be closed."))
    }
  }

  const onAddContact = async () => {
    try {
      const { contact } = await addContact.mutateAsync()
      toast.success(`${contact.email} is in your contacts.`)
    } catch (e) {
      toast.error(errorText(e, "The sender could not be added to contacts."))
    }
  }

  const onSkip = async (next: boolean) => {
    try {
      await skip.mutateAsync({ skip: next })
      toast.success(
        next
          ? "The next autoresponse on this ticket will be skipped."
          : "Autoresponses on this ticket run as usual."
      )
    } catch (e) {
      toast.error(errorText(e, "The autoresponder setting could not be saved."))
    }
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Ticket actions"
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
            New task
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={ticket.status === "closed" || close.isPending}
            onSelect={() => void onClose()}
          >
            <CheckCircle className="text-ui-fg-subtle" />
            Close ticket
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={addContact.isPending}
            onSelect={() => void onAddContact()}
          >
            <User className="text-ui-fg-subtle" />
            Add sender to contacts
          </DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.CheckboxItem
            checked={ticket.skip_next_autoresponder}
            disabled={skip.isPending}
            onCheckedChange={(checked) => void onSkip(checked === true)}
          >
            Skip next autoresponder
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
