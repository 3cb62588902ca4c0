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
      toast.error("Some fields need your attention.")
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
          : "The channel could not be saved."
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
  return (
    <div className="flex flex-col gap-y-8">
      <FormSection title="General">
        <FormField
          id="channel-name"
          label="Name"
          hint="Shoppers see it at the top of the chat window; it also tells your channels apart here."
          error={errors.name}
        >
          <Input
            id="channel-name"
            autoComplete="off"
            placeholder="My store"
            aria-invalid={!!errors.name}
            value={values.name}
            onChange={(event) => setField("name", event.target.value)}
          />
        </FormField>
        <FormField
          id="channel-store-url"
          label="Store URL"
          hint="The address of the store this chat runs on, for example https://shop.example.com. The chat only works on this site."
          error={errors.store_url}
        >
          <Input
            id="channel-store-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://shop.example.com"
            aria-invalid={!!errors.store_url}
            value={values.store_url}
            onChange={(event) => setField("store_url", event.target.value)}
          />
        </FormField>
        <FormField
          id="channel-welcome-message"
          label="Welcome message"
          optional
          hint="The first message shoppers read when they open the chat."
          error={errors.welcome_message}
        >
          <Textarea
            id="channel-welcome-message"
            rows={3}
            placeholder="Hi! How can we help you today?"
            aria-invalid={!!errors.welcome_message}
            value={values.welcome_message}
            onChange={(event) =>
              setField("welcome_message", event.target.value)
            }
          />
        </FormField>
        <FormField
          id="channel-locale"
          label="Language"
          hint="The language of the chat window's buttons and labels."
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
              Chat is live on the store
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              Turn it off to hide the chat everywhere without deleting the
              channel.
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
        title="Appearance"
        description="Where the chat button sits and how it looks."
      >
        <FormField
          label="Position"
          hint="The corner of the page the chat button sits in."
          error={errors.alignment}
        >
          <RadioGroup
            className="grid grid-cols-1 gap-3 sm:grid-cols-2"
            value={values.alignment}
            onValueChange={(alignment) =>
              setField("alignment", alignment as ChannelAlignment)
            }
            aria-label="Position"
          >
            <RadioGroup.ChoiceBox
              value="right"
              label="Bottom right"
              description="The usual place for a chat button."
            />
            <RadioGroup.ChoiceBox
              value="left"
              label="Bottom left"
              description="When the right corner is already taken."
            />
          </RadioGroup>
        </FormField>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField
            id="channel-vertical-offset"
            label="Distance from the bottom (px)"
            hint="How far above the bottom edge of the page the button sits. 25 is the default."
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
            label="Colour"
            hint="Used for the chat button and the window's header."
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
        title="Where the chat shows"
        description="Keep the chat off pages where it would get in the way, or show it only where it helps."
      >
        <RadioGroup
          className="grid grid-cols-1 gap-3 sm:grid-cols-2"
          value={values.path_list_type}
          onValueChange={(type) =>
            setField("path_list_type", type as PathListType)
          }
          aria-label="Where the chat shows"
        >
          <RadioGroup.ChoiceBox
            value="blacklist"
            label="Everywhere except these pages"
            description="The chat shows on every page but the ones listed."
          />
          <RadioGroup.ChoiceBox
            value="whitelist"
            label="Only on these pages"
            description="The chat shows on the pages listed and nowhere else."
          />
        </RadioGroup>
        <FormField
          label="Pages"
          hint={
            <>
              Enter the part of the address after your store's domain, starting
              with "/", for example /checkout. A * matches any characters:
              /account/* covers every page under /account/, and /checkout* also
              covers /checkout/payment.
            </>
          }
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
        title="Opening hours"
        description="When agents answer. Outside these hours the chat behaves as set under After hours."
      >
        <FormField
          id="channel-timezone"
          label="Time zone"
          hint="The opening hours and holidays are read in this time zone."
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
          label="Weekly hours"
          hint="Add a second interval for a break, e.g. 09:00–12:00 and 13:00–17:00. A closing time earlier than the opening time runs past midnight: 22:00 to 02:00 stays open until 2 AM the next day. A day without intervals is closed."
          error={errors.opening_hours}
        >
          <OpeningHoursEditor
            value={values.opening_hours}
            errors={errors}
            onChange={(hours) => setField("opening_hours", hours)}
          />
        </FormField>
        <FormField
          label="Holidays"
          hint="Days on which the chat stays closed all day, such as public holidays."
          error={errors.holidays}
        >
          <HolidayListEditor
            rows={values.holidays}
            errors={errors}
            onChange={(rows) => setField("holidays", rows)}
          />
        </FormField>
        <FormField label="After hours" error={errors.after_hours_behavior}>
          <RadioGroup
            className="grid grid-cols-1 gap-3 sm:grid-cols-2"
            value={values.after_hours_behavior}
            onValueChange={(behavior) =>
              setField("after_hours_behavior", behavior as AfterHoursBehavior)
            }
            aria-label="After hours"
          >
            <RadioGroup.ChoiceBox
              value="display_message"
              label="Show a message"
              description="The chat stays visible; shoppers read your message and can still write to you."
            />
            <RadioGroup.ChoiceBox
              value="hide_widget"
              label="Hide the chat"
              description="The chat button disappears until you open again."
            />
          </RadioGroup>
        </FormField>
        {values.after_hours_behavior === "display_message" && (
          <FormField
            id="channel-after-hours-message"
            label="After-hours message"
            optional
            hint="What shoppers read outside opening hours. Messages they leave become tickets you answer later."
            error={errors.after_hours_message}
          >
            <Textarea
              id="channel-after-hours-message"
              rows={3}
              placeholder="We're offline right now. Leave a message and we'll reply tomorrow."
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
        title="Agents with access"
        description="Choose who sees and answers this channel's conversations. Leave everyone unticked and every admin user can work this channel."
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
