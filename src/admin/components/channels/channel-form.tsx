import {
  Divider,
  Input,
  Label,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useCallback, useMemo, useState } from "react"
import { CHANNEL_LOCALES } from "../../../types/channel"
import {
  ChannelFormErrors,
  ChannelFormValues,
  formValuesToPayload,
  LOCALE_LABELS,
  serverErrorToFormErrors,
  validateChannelForm,
} from "../../lib/channel-form"
import {
  AdminCreateHelpdeskChannel,
  AfterHoursBehavior,
  ChannelAlignment,
  ChannelLocale,
  PathListType,
} from "../../lib/types"
import { ColorInput } from "../color-input"
import { FormField, FormSection } from "../form-field"
import { AgentPicker } from "./agent-picker"
import { EmailRepliesSection } from "./email-replies-section"
import { HolidayListEditor } from "./holiday-list-editor"
import { OpeningHoursEditor } from "./opening-hours-editor"
import { PathListEditor } from "./path-list-editor"
import { TimeZoneSelect } from "./time-zone-select"
import { useTranslation } from "react-i18next"

const payloadKey = (values: ChannelFormValues) =>
  JSON.stringify(formValuesToPayload(values).body)

const focusFirstInvalid = () => {
  // After React has painted the error state.
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[aria-invalid="true"]')
    field?.scrollIntoView({ block: "center" })
    field?.focus()
  })
}

/**
 * State, checks and submission for the channel form. `submit` validates,
 * sends, and on a 400 shows the server's sentence as a toast and next to the
 * field it names.
 */
export const useChannelForm = (initial: ChannelFormValues) => {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<ChannelFormErrors>({})
  const [initialKey] = useState(() => payloadKey(initial))

  const isDirty = useMemo(
    () => payloadKey(values) !== initialKey,
    [values, initialKey]
  )

  const setField = useCallback(
    <K extends keyof ChannelFormValues>(
      field: K,
      value: ChannelFormValues[K]
    ) => {
      setValues((current) => ({ ...current, [field]: value }))
      setErrors((current) => {
        const next: ChannelFormErrors = {}
        for (const [key, message] of Object.entries(current)) {
          if (key !== field && !key.startsWith(`${field}.`)) {
            next[key] = message
          }
        }
        return next
      })
    },
    []
  )

  const submit = async (
    send: (body: AdminCreateHelpdeskChannel) => Promise<unknown>
  ): Promise<boolean> => {
    const clientErrors = validateChannelForm(values)
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors)
      toast.error(t("helpdesk.channels.someFieldsNeedYour"))
      focusFirstInvalid()
      return false
    }

    const { body, rows } = formValuesToPayload(values)
    try {
      await send(body)
      setErrors({})
      return true
    } catch (error) {
      const message =
        error instanceof Error && error.message
          ? error.message
          : t("helpdesk.channels.theChannelCouldNot")
      toast.error(message)
      setErrors(serverErrorToFormErrors(message, rows))
      focusFirstInvalid()
      return false
    }
  }

  return { values, errors, setField, submit, isDirty }
}

type ChannelFormFieldsProps = {
  values: ChannelFormValues
  errors: ChannelFormErrors
  setField: ReturnType<typeof useChannelForm>["setField"]
}

/** Every setting of a chat channel, grouped the way a merchant thinks of them. */
export const ChannelFormFields = ({
  values,
  errors,
  setField,
}: ChannelFormFieldsProps) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-8">
      <FormSection title={t("helpdesk.channels.general")}>
        <FormField
          id="channel-name"
          label={t("helpdesk.channels.name")}
          hint={t("helpdesk.channels.shoppersSeeItAt")}
          error={errors.name}
        >
          <Input
            id="channel-name"
            autoComplete="off"
            placeholder={t("helpdesk.channels.myStore")}
            aria-invalid={!!errors.name}
            value={values.name}
            onChange={(event) => setField("name", event.target.value)}
          />
        </FormField>
        <FormField
          id="channel-store-url"
          label={t("helpdesk.channels.storeUrl")}
          hint={t("helpdesk.channels.theAddressOfThe")}
          error={errors.store_url}
        >
          <Input
            id="channel-store-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder={t("helpdesk.channels.httpsShopExampleCom")}
            aria-invalid={!!errors.store_url}
            value={values.store_url}
            onChange={(event) => setField("store_url", event.target.value)}
          />
        </FormField>
        <FormField
          id="channel-welcome-message"
          label={t("helpdesk.channels.welcomeMessage")}
          optional
          hint={t("helpdesk.channels.theFirstMessageShoppers")}
          error={errors.welcome_message}
        >
          <Textarea
            id="channel-welcome-message"
            rows={3}
            placeholder={t("helpdesk.channels.hiHowCanWe")}
            aria-invalid={!!errors.welcome_message}
            value={values.welcome_message}
            onChange={(event) =>
              setField("welcome_message", event.target.value)
            }
          />
        </FormField>
        <FormField
          id="channel-locale"
          label={t("helpdesk.channels.language")}
          hint={t("helpdesk.channels.theLanguageOfThe")}
          error={errors.locale}
        >
          <Select
            value={values.locale}
            onValueChange={(locale) =>
              setField("locale", locale as ChannelLocale)
            }
          >
            <Select.Trigger id="channel-locale" aria-invalid={!!errors.locale}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CHANNEL_LOCALES.map((locale) => (
                <Select.Item key={locale} value={locale}>
                  {LOCALE_LABELS[locale]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <div className="flex items-start justify-between gap-x-4 rounded-lg border px-4 py-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="channel-enabled" size="small" weight="plus">
              {t("helpdesk.channels.chatIsLiveOn")}
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              {t("helpdesk.channels.turnItOffTo")}
            </Text>
          </div>
          <Switch
            id="channel-enabled"
            checked={values.enabled}
            onCheckedChange={(checked) => setField("enabled", checked)}
          />
        </div>
      </FormSection>

      <Divider variant="dashed" />

      <FormSection
        title={t("helpdesk.channels.appearance")}
        description={t("helpdesk.channels.whereTheChatButton")}
      >
        <FormField
          label={t("helpdesk.channels.position")}
          hint={t("helpdesk.channels.theCornerOfThe")}
          error={errors.alignment}
        >
          <RadioGroup
            className="grid grid-cols-1 gap-3 sm:grid-cols-2"
            value={values.alignment}
            onValueChange={(alignment) =>
              setField("alignment", alignment as ChannelAlignment)
            }
            aria-label={t("helpdesk.channels.position")}
          >
            <RadioGroup.ChoiceBox
              value="right"
              label={t("helpdesk.channels.bottomRight")}
              description={t("helpdesk.channels.theUsualPlaceFor")}
            />
            <RadioGroup.ChoiceBox
              value="left"
              label={t("helpdesk.channels.bottomLeft")}
              description={t("helpdesk.channels.whenTheRightCorner")}
            />
          </RadioGroup>
        </FormField>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField
            id="channel-vertical-offset"
            label={t("helpdesk.channels.distanceFromTheBottom")}
            hint={t("helpdesk.channels.howFarAboveThe")}
            error={errors.vertical_offset}
          >
            <Input
              id="channel-vertical-offset"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              aria-invalid={!!errors.vertical_offset}
              value={values.vertical_offset}
              onChange={(event) =>
                setField("vertical_offset", event.target.value)
              }
            />
          </FormField>
          <FormField
            id="channel-color"
            label={t("helpdesk.channels.colour")}
            hint={t("helpdesk.channels.usedForTheChat")}
            error={errors.color}
          >
            <ColorInput
              id="channel-color"
              value={values.color}
              invalid={!!errors.color}
              onChange={(color) => setField("color", color)}
            />
          </FormField>
        </div>
      </FormSection>

      <Divider variant="dashed" />

      <FormSection
        title={t("helpdesk.channels.whereTheChatShows")}
        description={t("helpdesk.channels.keepTheChatOff")}
      >
        <RadioGroup
          className="grid grid-cols-1 gap-3 sm:grid-cols-2"
          value={values.path_list_type}
          onValueChange={(type) =>
            setField("path_list_type", type as PathListType)
          }
          aria-label={t("helpdesk.channels.whereTheChatShows")}
        >
          <RadioGroup.ChoiceBox
            value="blacklist"
            label={t("helpdesk.channels.everywhereExceptThesePages")}
            description={t("helpdesk.channels.theChatShowsOn")}
          />
          <RadioGroup.ChoiceBox
            value="whitelist"
            label={t("helpdesk.channels.onlyOnThesePages")}
            description={t("helpdesk.channels.theChatShowsOn2")}
          />
        </RadioGroup>
        <FormField
          label={t("helpdesk.channels.pages")}
          hint={<>{t("helpdesk.channels.enterThePartOf")}</>}
          error={errors.paths}
        >
          <PathListEditor
            rows={values.paths}
            listType={values.path_list_type}
            errors={errors}
            onChange={(rows) => setField("paths", rows)}
          />
        </FormField>
      </FormSection>

      <Divider variant="dashed" />

      <FormSection
        title={t("helpdesk.channels.openingHours")}
        description={t("helpdesk.channels.whenAgentsAnswerOutside")}
      >
        <FormField
          id="channel-timezone"
          label={t("helpdesk.channels.timeZone")}
          hint={t("helpdesk.channels.theOpeningHoursAnd")}
          error={errors.timezone}
        >
          <TimeZoneSelect
            id="channel-timezone"
            value={values.timezone}
            invalid={!!errors.timezone}
            onChange={(timezone) => setField("timezone", timezone)}
          />
        </FormField>
        <FormField
          label={t("helpdesk.channels.weeklyHours")}
          hint={t("helpdesk.channels.addASecondInterval")}
          error={errors.opening_hours}
        >
          <OpeningHoursEditor
            value={values.opening_hours}
            errors={errors}
            onChange={(hours) => setField("opening_hours", hours)}
          />
        </FormField>
        <FormField
          label={t("helpdesk.channels.holidays")}
          hint={t("helpdesk.channels.daysOnWhichThe")}
          error={errors.holidays}
        >
          <HolidayListEditor
            rows={values.holidays}
            errors={errors}
            onChange={(rows) => setField("holidays", rows)}
          />
        </FormField>
        <FormField
          label={t("helpdesk.channels.afterHours")}
          error={errors.after_hours_behavior}
        >
          <RadioGroup
            className="grid grid-cols-1 gap-3 sm:grid-cols-2"
            value={values.after_hours_behavior}
            onValueChange={(behavior) =>
              setField("after_hours_behavior", behavior as AfterHoursBehavior)
            }
            aria-label={t("helpdesk.channels.afterHours")}
          >
            <RadioGroup.ChoiceBox
              value="display_message"
              label={t("helpdesk.channels.showAMessage")}
              description={t("helpdesk.channels.theChatStaysVisible")}
            />
            <RadioGroup.ChoiceBox
              value="hide_widget"
              label={t("helpdesk.channels.hideTheChat")}
              description={t("helpdesk.channels.theChatButtonDisappears")}
            />
          </RadioGroup>
        </FormField>
        {values.after_hours_behavior === "display_message" && (
          <FormField
            id="channel-after-hours-message"
            label={t("helpdesk.channels.afterHoursMessage")}
            optional
            hint={t("helpdesk.channels.whatShoppersReadOutside")}
            error={errors.after_hours_message}
          >
            <Textarea
              id="channel-after-hours-message"
              rows={3}
              placeholder={t("helpdesk.channels.weReOfflineRight")}
              aria-invalid={!!errors.after_hours_message}
              value={values.after_hours_message}
              onChange={(event) =>
                setField("after_hours_message", event.target.value)
              }
            />
          </FormField>
        )}
      </FormSection>

      <Divider variant="dashed" />

      <EmailRepliesSection
        values={values}
        errors={errors}
        setField={setField}
      />

      <Divider variant="dashed" />

      <FormSection
        title={t("helpdesk.channels.agentsWithAccess")}
        description={t("helpdesk.channels.chooseWhoSeesAnd")}
      >
        <AgentPicker
          value={values.agent_ids}
          error={errors.agent_ids}
          onChange={(ids) => setField("agent_ids", ids)}
        />
      </FormSection>
    </div>
  )
}
