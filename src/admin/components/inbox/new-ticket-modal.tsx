import {
  Button,
  FocusModal,
  Heading,
  Input,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useChannels } from "../../hooks/api/channels"
import { useCreateTicket } from "../../hooks/api/tickets"
import { MAX_MESSAGE_LENGTH } from "../../lib/ticket-types"
import { FormField } from "../form-field"
import { LOOKUP_QUERY } from "../../lib/lookup"

const NO_CHANNEL = "__none"
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type Draft = {
  email: string
  name: string
  subject: string
  message: string
  channel_id: string
}

const EMPTY: Draft = {
  email: "",
  name: "",
  subject: "",
  message: "",
  channel_id: NO_CHANNEL,
}

type Errors = Partial<Record<keyof Draft, string>>

const validate = (draft: Draft): Errors => {
  const errors: Errors = {}
  if (!draft.email.trim()) {
    errors.email = "Enter the customer's e-mail address."
  } else if (!EMAIL_PATTERN.test(draft.email.trim())) {
    errors.email = "Enter an e-mail address like name@example.com."
  }
  if (!draft.subject.trim()) {
    errors.subject = "Enter a subject."
  }
  if (!draft.message.trim()) {
    errors.message = "Write the first message."
  } else if (draft.message.length > MAX_MESSAGE_LENGTH) {
    errors.message = `The message is too long: ${draft.message.length} characters, at most ${MAX_MESSAGE_LENGTH}.`
  }
  return errors
}

/** The "New ticket" quick action: write to a customer first; the message goes out by e-mail. */
export const NewTicketModal = () => {
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const { channels } = useChannels(LOOKUP_QUERY)
  const { mutateAsync, isPending } = useCreateTicket()

  const set = (key: keyof Draft) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setDraft(EMPTY)
      setErrors({})
    }
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validate(draft)
    setErrors(found)
    if (Object.values(found).some(Boolean)) {
      return
    }
    try {
      const { ticket } = await mutateAsync({
        email: draft.email.trim(),
        name: draft.name.trim() || undefined,
        subject: draft.subject.trim(),
        message: draft.message,
        channel_id:
          draft.channel_id === NO_CHANNEL ? undefined : draft.channel_id,
      })
      toast.success(`Ticket #${ticket.number} was created and sent.`)
      onOpenChange(false)
      void navigate(`/helpdesk/tickets/${ticket.id}`)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The ticket could not be created."
      )
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          New ticket
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content aria-describedby={undefined}>
        <form
          onSubmit={(event) => void onSubmit(event)}
          className="flex h-full flex-col overflow-hidden"
          noValidate
        >
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading>New ticket</Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
            <div className="flex w-full max-w-[640px] flex-col gap-y-6">
              <Text size="small" className="text-ui-fg-subtle">
                Start a conversation with a customer. Your message is sent to
                them by e-mail, and the ticket is assigned to you.
              </Text>
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <FormField
                  id="new-ticket-email"
                  label="E-mail"
                  error={errors.email}
                >
                  <Input
                    id="new-ticket-email"
                    type="email"
                    autoComplete="off"
                    value={draft.email}
                    aria-invalid={!!errors.email}
                    onChange={(e) => set("email")(e.target.value)}
                  />
                </FormField>
                <FormField id="new-ticket-name" label="Name" optional>
                  <Input
                    id="new-ticket-name"
                    autoComplete="off"
                    value={draft.name}
                    onChange={(e) => set("name")(e.target.value)}
                  />
                </FormField>
              </div>
              <FormField
                id="new-ticket-subject"
                label="Subject"
                error={errors.subject}
              >
                <Input
                  id="new-ticket-subject"
                  value={draft.subject}
                  aria-invalid={!!errors.subject}
                  onChange={(e) => set("subject")(e.target.value)}
                />
              </FormField>
              <FormField
                id="new-ticket-message"
                label="Message"
                error={errors.message}
              >
                <Textarea
                  id="new-ticket-message"
                  rows={8}
                  value={draft.message}
                  aria-invalid={!!errors.message}
                  onChange={(e) => set("message")(e.target.value)}
                />
              </FormField>
              <FormField
                id="new-ticket-channel"
                label="Channel"
                optional
                hint="The ticket goes to this channel's inbox and agents; without one it goes to the first inbox."
              >
                <Select
                  value={draft.channel_id}
                  onValueChange={set("channel_id")}
                >
                  <Select.Trigger id="new-ticket-channel">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NO_CHANNEL}>No channel</Select.Item>
                    {(channels ?? []).map((channel) => (
                      <Select.Item key={channel.id} value={channel.id}>
                        {channel.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" isLoading={isPending}>
                Create and send
              </Button>
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
