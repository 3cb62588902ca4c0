import { Alert, Input, Label, Switch, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useEmailRepliesSettings } from "../../hooks/api/email-replies"
import type {
  ChannelFormErrors,
  ChannelFormValues,
} from "../../lib/channel-form"
import { FormField, FormSection } from "../form-field"

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
  const { t } = useTranslation()
  const { email_replies: settings } = useEmailRepliesSettings()

  return (
    <FormSection
      title={t("helpdesk.channels.emailReplies.title")}
      description={t("helpdesk.channels.emailReplies.description")}
    >
      {settings && !settings.provider_configured && (
        <Alert variant="warning" data-testid="email-replies-no-provider">
          <Text size="small" weight="plus">
            {t("helpdesk.channels.emailReplies.noProviderTitle")}
          </Text>
          <Text size="small">
            {t("helpdesk.channels.emailReplies.noProvider")}
          </Text>
        </Alert>
      )}
      <div className="flex items-start justify-between gap-x-4 rounded-lg border px-4 py-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="channel-email-replies" size="small" weight="plus">
            {t("helpdesk.channels.emailReplies.switchLabel")}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("helpdesk.channels.emailReplies.switchHint")}
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
          label={t("helpdesk.channels.emailReplies.delayLabel")}
          hint={t("helpdesk.channels.emailReplies.delayHint")}
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
