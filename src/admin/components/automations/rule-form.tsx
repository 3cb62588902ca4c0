import { zodResolver } from "@hookform/resolvers/zod"
import { Plus, Trash } from "@medusajs/icons"
import {
  Button,
  Hint,
  IconButton,
  Input,
  Label,
  RadioGroup,
  Switch,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { ReactNode, useRef } from "react"
import {
  Controller,
  FieldError,
  FieldPath,
  useFieldArray,
  useForm,
  UseFormReturn,
  useWatch,
} from "react-hook-form"
import {
  ACTION_LABELS,
  AdminAutomationRuleBody,
  DELAY_UNITS,
  OPERATOR_LABELS,
  operatorsOf,
  RULE_ACTION_TYPES,
  fieldDefinition,
  NULL_VALUE,
  RULE_FIELD_IDS,
  RULE_TRIGGERS,
  RuleActionType,
  RuleOperator,
  RuleTrigger,
  TEMPLATE_VARIABLES,
  TRIGGER_LABELS,
} from "../../lib/automation-types"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/ticket-types"
import { translate } from "../../lib/locale"
import { FormField, FormSection } from "../form-field"
import { PRIORITY_LABELS, STATUS_LABELS } from "../inbox/ticket-format"
import {
  ConditionValueInput,
  OptionSelect,
  RuleLookupsProvider,
  useRuleLookups,
} from "./rule-inputs"
import {
  ActionFormValues,
  emptyAction,
  emptyPredicate,
  formFieldOfServerMessage,
  ruleFormSchema,
  RuleFormValues,
  ruleToPayload,
} from "./rule-form-schema"
import { useTranslation } from "react-i18next"

type RuleForm = UseFormReturn<RuleFormValues>

const messageOf = (e: unknown) =>
  (e instanceof Error
    ? e.message
    : translate("helpdesk.automations.theRuleCouldNot")
  ).replace(/^invalid request:\s*/i, "")

/**
 * The rule editor's form: react-hook-form checked by a zod schema. `submit` sends the
 * payload and says whether it was saved; a refusal from the server goes on the field its
 * sentence names, or above the form when it names none, and in a toast.
 */
export const useRuleForm = (initial: RuleFormValues) => {
  const form = useForm<RuleFormValues>({
    defaultValues: initial,
    resolver: zodResolver(ruleFormSchema),
  })

  const submit = async (
    send: (body: AdminAutomationRuleBody) => Promise<unknown>
  ) => {
    let saved = false
    await form.handleSubmit(async (values) => {
      try {
        await send(ruleToPayload(values))
        saved = true
      } catch (e) {
        const message = messageOf(e)
        const path = formFieldOfServerMessage(message, values)
        form.setError(
          (path ?? "root.server") as FieldPath<RuleFormValues>,
          { type: "server", message },
          { shouldFocus: !!path }
        )
        toast.error(message)
      }
    })()
    return saved
  }

  return { form, submit }
}

const errorText = (error: unknown) =>
  (error as FieldError | undefined)?.message ??
  (error as { root?: FieldError } | undefined)?.root?.message

const ErrorHint = ({ error }: { error: unknown }) => {
  const text = errorText(error)
  return text ? <Hint variant="error">{text}</Hint> : null
}

// made when shown, so the labels are in the admin's current language
const priorityOptions = () =>
  TICKET_PRIORITIES.map((p) => ({
    value: p,
    label: translate(PRIORITY_LABELS[p]),
  }))
const statusOptions = () =>
  TICKET_STATUSES.map((s) => ({
    value: s,
    label: translate(STATUS_LABELS[s]),
  }))

/** One condition: field → operator → value, the value input as the field takes it. */
const ConditionRow = ({
  form,
  index,
  onRemove,
}: {
  form: RuleForm
  index: number
  onRemove: () => void
}) => {
  const { t } = useTranslation()
  const name = `predicates.${index}` as const
  const field = useWatch({ control: form.control, name: `${name}.field` })
  const operator = useWatch({ control: form.control, name: `${name}.operator` })
  const errors = form.formState.errors.predicates?.[index]
  const n = index + 1

  return (
    <li
      className="flex flex-col gap-y-1"
      aria-label={t("helpdesk.automations.condition", { n })}
      data-testid={`condition-${n}`}
    >
      <div className="grid grid-cols-[minmax(0,1.1fr)_minmax(0,0.8fr)_minmax(0,1.3fr)_auto] items-start gap-2">
        <Controller
          control={form.control}
          name={`${name}.field`}
          render={({ field: control }) => (
            <OptionSelect
              label={t("helpdesk.automations.conditionField", { n })}
              value={control.value}
              invalid={!!errors?.field}
              options={RULE_FIELD_IDS.map((id) => ({
                value: id,
                label: fieldDefinition(id).label,
              }))}
              onChange={(next) => {
                control.onChange(next)
                const operators = operatorsOf(next)
                if (!operators.includes(operator)) {
                  form.setValue(`${name}.operator`, operators[0])
                }
                form.setValue(`${name}.value`, "")
                form.setValue(`${name}.values`, [])
              }}
            />
          )}
        />
        <Controller
          control={form.control}
          name={`${name}.operator`}
          render={({ field: control }) => (
            <OptionSelect
              label={t("helpdesk.automations.conditionOperator", { n })}
              value={control.value}
              invalid={!!errors?.operator}
              options={operatorsOf(field).map((op) => ({
                value: op,
                label: OPERATOR_LABELS[op],
              }))}
              onChange={(next) => control.onChange(next as RuleOperator)}
            />
          )}
        />
        <Controller
          control={form.control}
          name={`${name}.value`}
          render={({ field: control }) => (
            <ConditionValueInput
              label={t("helpdesk.automations.conditionValue", { n })}
              field={field}
              operator={operator}
              value={control.value}
              values={form.watch(`${name}.values`)}
              invalid={!!(errors?.value || errors?.values)}
              onValueChange={control.onChange}
              onValuesChange={(values) =>
                form.setValue(`${name}.values`, values, {
                  shouldDirty: true,
                  shouldValidate: form.formState.isSubmitted,
                })
              }
            />
          )}
        />
        <IconButton
          type="button"
          size="small"
          variant="transparent"
          aria-label={t("helpdesk.automations.removeCondition", { n })}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      </div>
      <ErrorHint error={errors?.field ?? errors?.operator ?? errors?.value} />
    </li>
  )
}

const bodyId = (index: number, key: string) => `rule-action-${index}-${key}`

type BodyKey = "body" | "body_en" | "body_pl"

/** The template variables, each a button that inserts it where the cursor was in the text. */
const VariableList = ({
  index,
  onInsert,
}: {
  index: number
  onInsert: (token: string) => void
}) => {
  const { t } = useTranslation()
  return (
    <div
      className="flex flex-col gap-y-1"
      role="group"
      aria-label={t("helpdesk.automations.variablesForAction", {
        value: index + 1,
      })}
    >
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {t("helpdesk.automations.variablesClickToInsert")}
      </Text>
      {TEMPLATE_VARIABLES.map((variable) => (
        <button
          key={variable.token}
          type="button"
          title={variable.label}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-xsmall text-left font-mono"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onInsert(variable.token)}
        >
          {variable.token}
        </button>
      ))}
    </div>
  )
}

/**
 * Texts of one action with the variables beside them: a click inserts the variable at the
 * cursor of the text last focused (the first shown when none was).
 */
const TextsWithVariables = ({
  form,
  index,
  texts,
  children,
}: {
  form: RuleForm
  index: number
  /** the texts shown, with their labels */
  texts: { key: BodyKey; label: string; rows?: number }[]
  /** shown above the texts */
  children?: ReactNode
}) => {
  const name = `actions.${index}` as const
  const errors = form.formState.errors.actions?.[index]
  const lastFocused = useRef<BodyKey | null>(null)

  const insert = (token: string) => {
    const key = texts.some((t) => t.key === lastFocused.current)
      ? lastFocused.current!
      : texts[0].key
    const element = document.getElementById(
      bodyId(index, key)
    ) as HTMLTextAreaElement | null
    const current = form.getValues(`${name}.${key}`)
    const start = element?.selectionStart ?? current.length
    const end = element?.selectionEnd ?? current.length
    form.setValue(
      `${name}.${key}`,
      current.slice(0, start) + token + current.slice(end),
      { shouldDirty: true, shouldValidate: form.formState.isSubmitted }
    )
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(start + token.length, start + token.length)
    })
  }

  return (
    <div className="grid grid-cols-[minmax(0,1fr)_200px] gap-x-4">
      <div className="flex flex-col gap-y-3">
        {children}
        {texts.map(({ key, label, rows = 3 }) => (
          <FormField
            key={key}
            id={bodyId(index, key)}
            label={label}
            error={errors?.[key]?.message}
          >
            <Textarea
              id={bodyId(index, key)}
              rows={rows}
              aria-invalid={!!errors?.[key]}
              {...form.register(`${name}.${key}`)}
              onFocus={() => (lastFocused.current = key)}
            />
          </FormField>
        ))}
      </div>
      <VariableList index={index} onInsert={insert} />
    </div>
  )
}

/** The autoresponse: one text, or one per language. */
const AutoresponseFields = ({
  form,
  index,
}: {
  form: RuleForm
  index: number
}) => {
  const { t } = useTranslation()
  const name = `actions.${index}` as const
  const perLocale = useWatch({
    control: form.control,
    name: `${name}.per_locale`,
  })
  const n = index + 1

  return (
    <TextsWithVariables
      form={form}
      index={index}
      texts={
        perLocale
          ? [
              {
                key: "body_en",
                label: t("helpdesk.automations.actionTextInEnglish", { n }),
              },
              {
                key: "body_pl",
                label: t("helpdesk.automations.actionTextInPolish", { n }),
              },
            ]
          : [
              {
                key: "body",
                label: t("helpdesk.automations.actionText", { n }),
              },
            ]
      }
    >
      <div className="flex items-center gap-x-2">
        <Controller
          control={form.control}
          name={`${name}.per_locale`}
          render={({ field }) => (
            <Switch
              id={bodyId(index, "per-locale")}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
        <Label htmlFor={bodyId(index, "per-locale")} size="small">
          {t("helpdesk.automations.aTextPerLanguage")}
        </Label>
      </div>
    </TextsWithVariables>
  )
}

/** The fields of one action, as its type needs them. */
const ActionFields = ({
  form,
  index,
  type,
}: {
  form: RuleForm
  index: number
  type: RuleActionType
}) => {
  const { t } = useTranslation()
  const lookups = useRuleLookups()
  const name = `actions.${index}` as const
  const errors = form.formState.errors.actions?.[index]
  const n = index + 1

  const select = (
    key: keyof ActionFormValues & string,
    label: string,
    options: { value: string; label: string }[]
  ) => (
    <div className="flex flex-col gap-y-1">
      <Controller
        control={form.control}
        name={`${name}.${key}` as `actions.${number}.tag_id`}
        render={({ field }) => (
          <OptionSelect
            label={label}
            value={field.value}
            options={options}
            invalid={!!errors?.[key]}
            onChange={field.onChange}
          />
        )}
      />
      <ErrorHint error={errors?.[key]} />
    </div>
  )

  switch (type) {
    case "send_autoresponse":
      return <AutoresponseFields form={form} index={index} />
    case "set_priority":
      return select(
        "priority",
        t("helpdesk.automations.actionPriority", { n }),
        priorityOptions()
      )
    case "set_status":
      return select(
        "status",
        t("helpdesk.automations.actionStatus", { n }),
        statusOptions()
      )
    case "add_tag":
    case "remove_tag":
      return select(
        "tag_id",
        t("helpdesk.automations.actionTag", { n }),
        lookups.tag
      )
    case "assign_agent":
      return select("user_id", t("helpdesk.automations.actionAgent", { n }), [
        { value: NULL_VALUE, label: t("helpdesk.automations.nobodyUnassign") },
        ...lookups.user,
      ])
    case "assign_team":
      return select("team_id", t("helpdesk.automations.actionTeam", { n }), [
        { value: NULL_VALUE, label: t("helpdesk.automations.noTeam") },
        ...lookups.team,
      ])
    case "add_note":
      return (
        <TextsWithVariables
          form={form}
          index={index}
          texts={[
            { key: "body", label: t("helpdesk.automations.actionNote", { n }) },
          ]}
        />
      )
    case "set_baselinker_order_status":
      return (
        <div className="flex flex-col gap-y-2">
          <div className="grid grid-cols-2 gap-2">
            {select(
              "status_id",
              t("helpdesk.automations.actionBaselinkerStatus", { n }),
              lookups.baselinker_status
            )}
            {select("orders", t("helpdesk.automations.actionOrders", { n }), [
              {
                value: "newest",
                label: t("helpdesk.automations.theNewestMatchedOrder"),
              },
              {
                value: "all",
                label: t("helpdesk.automations.everyMatchedOrder"),
              },
            ])}
          </div>
          {lookups.baselinkerProblem && (
            <Hint className="text-ui-fg-subtle">
              {lookups.baselinkerProblem}
            </Hint>
          )}
        </div>
      )
    case "send_email":
      return (
        <TextsWithVariables
          form={form}
          index={index}
          texts={[
            {
              key: "body",
              label: t("helpdesk.automations.actionEMailText", { n }),
              rows: 4,
            },
          ]}
        >
          <FormField
            id={bodyId(index, "subject")}
            label={t("helpdesk.automations.actionSubject", { n })}
            error={errors?.subject?.message}
          >
            <Input
              id={bodyId(index, "subject")}
              size="small"
              aria-invalid={!!errors?.subject}
              {...form.register(`${name}.subject`)}
            />
          </FormField>
        </TextsWithVariables>
      )
  }
}

const ActionRow = ({
  form,
  index,
  onRemove,
}: {
  form: RuleForm
  index: number
  onRemove: () => void
}) => {
  const { t } = useTranslation()
  const name = `actions.${index}` as const
  const type = useWatch({ control: form.control, name: `${name}.type` })
  const n = index + 1

  return (
    <li
      className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border px-4 py-3"
      aria-label={t("helpdesk.automations.action", { n })}
      data-testid={`action-${n}`}
    >
      <div className="flex items-center gap-x-2">
        <Text size="small" weight="plus" className="text-ui-fg-subtle w-6">
          {n}.
        </Text>
        <div className="w-72">
          <Controller
            control={form.control}
            name={`${name}.type`}
            render={({ field }) => (
              <OptionSelect
                label={t("helpdesk.automations.actionType", { n })}
                value={field.value}
                options={RULE_ACTION_TYPES.map((t) => ({
                  value: t,
                  label: translate(ACTION_LABELS[t]),
                }))}
                onChange={(next) => field.onChange(next as RuleActionType)}
              />
            )}
          />
        </div>
        <div className="flex-1" />
        <IconButton
          type="button"
          size="small"
          variant="transparent"
          aria-label={t("helpdesk.automations.removeAction", { n })}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      </div>
      <ActionFields form={form} index={index} type={type} />
    </li>
  )
}

const SwitchField = ({
  form,
  name,
  id,
  label,
  hint,
}: {
  form: RuleForm
  name: "enabled" | "stop_processing"
  id: string
  label: string
  hint: string
}) => (
  <div className="flex items-start gap-x-3">
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Switch
          id={id}
          checked={field.value}
          onCheckedChange={field.onChange}
        />
      )}
    />
    <div className="flex flex-col gap-y-0.5">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Hint className="text-ui-fg-subtle">{hint}</Hint>
    </div>
  </div>
)

/** Every field of a rule: name, trigger, conditions, actions and whether later rules run. */
const RuleFormBody = ({ form }: { form: RuleForm }) => {
  const { t } = useTranslation()
  const predicates = useFieldArray({
    control: form.control,
    name: "predicates",
  })
  const actions = useFieldArray({ control: form.control, name: "actions" })
  const trigger = useWatch({ control: form.control, name: "trigger" })
  const errors = form.formState.errors
  const unit = DELAY_UNITS[trigger]

  return (
    <div className="flex flex-col gap-y-10">
      {errors.root?.server && (
        <Text size="small" role="alert" className="text-ui-fg-error">
          {errors.root.server.message}
        </Text>
      )}
      <FormSection title={t("helpdesk.automations.rule")}>
        <FormField
          id="rule-name"
          label={t("helpdesk.automations.name")}
          error={errors.name?.message}
        >
          <Input
            id="rule-name"
            autoFocus
            maxLength={120}
            placeholder={t("helpdesk.automations.negativeOnThePl")}
            aria-invalid={!!errors.name}
            {...form.register("name")}
          />
        </FormField>
        <SwitchField
          form={form}
          name="enabled"
          id="rule-enabled"
          label={t("helpdesk.automations.enabled")}
          hint={t("helpdesk.automations.aDisabledRuleIs")}
        />
        <div className="grid grid-cols-[minmax(0,1fr)_200px] gap-x-4">
          <FormField
            id="rule-trigger"
            label={t("helpdesk.automations.when")}
            error={errors.trigger?.message}
          >
            <Controller
              control={form.control}
              name="trigger"
              render={({ field }) => (
                <OptionSelect
                  id="rule-trigger"
                  label={t("helpdesk.automations.when")}
                  value={field.value}
                  options={RULE_TRIGGERS.map((t) => ({
                    value: t,
                    label: translate(TRIGGER_LABELS[t]),
                  }))}
                  onChange={(next) => field.onChange(next as RuleTrigger)}
                />
              )}
            />
          </FormField>
          {unit && (
            <FormField
              id="rule-delay"
              label={
                unit === "hours"
                  ? t("helpdesk.automations.afterHours")
                  : t("helpdesk.automations.afterMinutes")
              }
              error={errors.delay?.message}
            >
              <Input
                id="rule-delay"
                type="number"
                min={1}
                step={1}
                aria-invalid={!!errors.delay}
                {...form.register("delay")}
              />
            </FormField>
          )}
        </div>
      </FormSection>

      <FormSection
        title={t("helpdesk.automations.conditions")}
        description={t("helpdesk.automations.withNoConditionsThe")}
      >
        <Controller
          control={form.control}
          name="match"
          render={({ field }) => (
            <RadioGroup
              className="flex gap-x-6"
              aria-label={t("helpdesk.automations.match")}
              value={field.value}
              onValueChange={field.onChange}
            >
              {(
                [
                  ["all", t("helpdesk.automations.allConditionsMatch")],
                  ["any", t("helpdesk.automations.anyConditionMatches")],
                ] as const
              ).map(([value, label]) => (
                <div key={value} className="flex items-center gap-x-2">
                  <RadioGroup.Item value={value} id={`rule-match-${value}`} />
                  <Label htmlFor={`rule-match-${value}`} size="small">
                    {label}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          )}
        />
        <ul className="flex flex-col gap-y-2">
          {predicates.fields.map((item, index) => (
            <ConditionRow
              key={item.id}
              form={form}
              index={index}
              onRemove={() => predicates.remove(index)}
            />
          ))}
        </ul>
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => predicates.append(emptyPredicate())}
          >
            <Plus />
            {t("helpdesk.automations.addCondition")}
          </Button>
        </div>
      </FormSection>

      <FormSection
        title={t("helpdesk.automations.actions")}
        description={t("helpdesk.automations.doneInThisOrder")}
      >
        <ul className="flex flex-col gap-y-3">
          {actions.fields.map((item, index) => (
            <ActionRow
              key={item.id}
              form={form}
              index={index}
              onRemove={() => actions.remove(index)}
            />
          ))}
        </ul>
        <ErrorHint error={errors.actions} />
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => actions.append(emptyAction())}
          >
            <Plus />
            {t("helpdesk.automations.addAction")}
          </Button>
        </div>
        <SwitchField
          form={form}
          name="stop_processing"
          id="rule-stop-processing"
          label={t("helpdesk.automations.stopProcessing")}
          hint={t("helpdesk.automations.whenThisRuleMatches")}
        />
      </FormSection>
    </div>
  )
}

export const RuleFormFields = ({ form }: { form: RuleForm }) => (
  <RuleLookupsProvider>
    <RuleFormBody form={form} />
  </RuleLookupsProvider>
)
