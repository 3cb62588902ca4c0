import { Alert, Input, Label, Switch, Text } from "@medusajs/ui"
import { useEmailRepliesSettings } from "../../hooks/api/email-replies"
import type {
  ChannelFormErrors,
  ChannelFormValues,
} from "../../lib/channel-form"
import { FormField, FormSection } from "../form-field"

/** Everything this section shows, in one place. */
const STRINGS = {
  title: "Replies by e-mail",
  description:
    "A shopper who left the store before your answer arrived gets it by e-mail, with a link that opens the conversation again.",
  switchLabel: "E-mail replies the shopper has not seen",
  switchHint:
    "Your replies and automatic answers (never internal notes) that the chat on the shopper's page did not receive go out in one e-mail per quiet period.",
  delayLabel: "Quiet period (minutes)",
  delayHint:
    "How long a reply may wait unseen before it is e-mailed. A reply read in the chat within this time sends nothing. 3 is the default.",
  noProviderTitle: "Replies can't be e-mailed",
  noProvider:
    'No notification provider handles the "email" channel in this Medusa app, so nothing is sent. Add one (for example SendGrid or Resend) to the Notification module in medusa-config.ts and restart Medusa.',
}

type EmailRepliesSectionProps = {
  values: Pick<ChannelFormValues, "email_replies" | "email_reply_delay_minutes">
  errors: ChannelFormErrors
  setField: <K extends "email_replies" | "email_reply_delay_minutes">(
    key: K,
    value: ChannelFormValues[K]
  ) => void
}

/** The channel's e-mail replies: on or off, the quiet period, and whether e-mail works at all. */
export const EmailRepliesSection = ({
  values,
  errors,
  setField,
}: EmailRepliesSectionProps) => {
  const { email_replies: settings } = useEmailRepliesSettings()

  return (
    <FormSection title={STRINGS.title} description={STRINGS.description}>
      {settings && !settings.provider_configured && (
        <Alert variant="warning" data-testid="email-replies-no-provider">
          <Text size="small" weight="plus">
            {STRINGS.noProviderTitle}
          </Text>
          <Text size="small">{STRINGS.noProvider}</Text>
        </Alert>
      )}
      <div className="flex items-start justify-between gap-x-4 rounded-lg border px-4 py-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="channel-email-replies" size="small" weight="plus">
            {STRINGS.switchLabel}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {STRINGS.switchHint}
          </Text>
        </div>
        <Switch
          id="channel-email-replies"
          checked={values.email_replies}
          onCheckedChange={(checked) => setField("email_replies", checked)}
        />
      </div>
      {values.email_replies && (
        <FormField
          id="channel-email-reply-delay"
          label={STRINGS.delayLabel}
          hint={STRINGS.delayHint}
          error={errors.email_reply_delay_minutes}
        >
          <Input
            id="channel-email-reply-delay"
            type="number"
            min={1}
            max={1440}
            step={1}
            inputMode="numeric"
            className="max-w-[160px]"
            aria-invalid={!!errors.email_reply_delay_minutes}
            value={values.email_reply_delay_minutes}
            onChange={(event) =>
              setField("email_reply_delay_minutes", event.target.value)
            }
          />
        </FormField>
      )}
    </FormSection>
  )
}
