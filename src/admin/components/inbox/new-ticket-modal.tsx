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
import { useTranslation } from "react-i18next"
import type { TFunction } from "i18next"
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

const validate = (draft: Draft, t: TFunction): Errors => {
  const errors: Errors = {}
  if (!draft.email.trim()) {
    errors.email = t("helpdesk.newTicket.errors.emailRequired")
  } else if (!EMAIL_PATTERN.test(draft.email.trim())) {
    errors.email = t("helpdesk.newTicket.errors.emailInvalid")
  }
  if (!draft.subject.trim()) {
    errors.subject = t("helpdesk.newTicket.errors.subjectRequired")
  }
  if (!draft.message.trim()) {
    errors.message = t("helpdesk.newTicket.errors.messageRequired")
  } else if (draft.message.length > MAX_MESSAGE_LENGTH) {
    errors.message = t("helpdesk.common.tooLong", {
      length: draft.message.length,
      max: MAX_MESSAGE_LENGTH,
    })
  }
  return errors
}

/** The "New ticket" quick action: write to a customer first; the message goes out by e-mail. */
export const NewTicketModal = () => {
  const { t } = useTranslation()
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
    const found = validate(draft, t)
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
      toast.success(t("helpdesk.newTicket.created", { number: ticket.number }))
      onOpenChange(false)
      void navigate(`/helpdesk/tickets/${ticket.id}`)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : t("helpdesk.newTicket.createFailed")
      )
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("helpdesk.newTicket.title")}
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
              <Heading>{t("helpdesk.newTicket.title")}</Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
            <div className="flex w-full max-w-[640px] flex-col gap-y-6">
              <Text size="small" className="text-ui-fg-subtle">
                {t("helpdesk.newTicket.intro")}
              </Text>
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <FormField
                  id="new-ticket-email"
                  label={t("helpdesk.newTicket.email")}
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
                <FormField
                  id="new-ticket-name"
                  label={t("helpdesk.newTicket.name")}
                  optional
                >
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
                label={t("helpdesk.newTicket.subject")}
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
                label={t("helpdesk.newTicket.message")}
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
                label={t("helpdesk.newTicket.channel")}
                optional
                hint={t("helpdesk.newTicket.channelHint")}
              >
                <Select
                  value={draft.channel_id}
                  onValueChange={set("channel_id")}
                >
                  <Select.Trigger id="new-ticket-channel">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NO_CHANNEL}>
                      {t("helpdesk.newTicket.noChannel")}
                    </Select.Item>
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
                  {t("helpdesk.common.cancel")}
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" isLoading={isPending}>
                {t("helpdesk.newTicket.submit")}
              </Button>
            </div>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
