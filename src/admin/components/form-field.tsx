import { clx, Hint, Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type FormFieldProps = {
  /** Id of the control, so the label focuses it. */
  id?: string
  label: string
  optional?: boolean
  hint?: ReactNode
  error?: string
  className?: string
  children: ReactNode
}

/** A label, its control, a hint and an error, laid out as Medusa's forms do. */
export const FormField = ({
  id,
  label,
  optional,
  hint,
  error,
  className,
  children,
}: FormFieldProps) => {
  const { t } = useTranslation()
  return (
    <div className={clx("flex flex-col gap-y-2", className)}>
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && (
          <Text as="span" size="small" className="text-ui-fg-muted">
            {" "}
            {t("helpdesk.settings.optional")}
          </Text>
        )}
      </Label>
      {children}
      {hint && <Hint className="text-ui-fg-subtle">{hint}</Hint>}
      {error && (
        <Hint variant="error" id={id ? `${id}-error` : undefined}>
          {error}
        </Hint>
      )}
    </div>
  )
}

type FormSectionProps = {
  title: string
  description?: ReactNode
  children: ReactNode
}

/** A titled group of fields. */
export const FormSection = ({
  title,
  description,
  children,
}: FormSectionProps) => {
  return (
    <section className="flex flex-col gap-y-6">
      <div className="flex flex-col gap-y-1">
        <Text size="base" weight="plus" leading="compact">
          {title}
        </Text>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {children}
    </section>
  )
}
