import { toast } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { translate } from "./locale"

export type FormErrors<TValues> = Partial<Record<keyof TValues, string>>

export type ResourceFormConfig<TValues, TPayload> = {
  /** The request body the values stand for. */
  toPayload: (values: TValues) => TPayload
  /** What the form compares to tell whether it changed; the payload unless given. */
  payloadKey?: (values: TValues) => string
  validate: (values: TValues) => FormErrors<TValues>
  /** The field a refusal from the server is about, judged by its sentence. */
  fieldOf: (message: string) => keyof TValues
  /** Shown when the error carries no sentence of its own. */
  fallbackMessage: string
}

const messageOf = (e: unknown, fallback: string) =>
  (e instanceof Error ? e.message : fallback).replace(
    /^invalid request:\s*/i,
    ""
  )

/**
 * State and submission of a settings form. `submit` checks the values, sends
 * the payload and says whether it was saved; a refusal from the server is
 * shown as a toast and next to the field it is about.
 */
export const useResourceForm = <TValues extends object, TPayload>(
  initial: TValues,
  {
    toPayload,
    payloadKey = (values) => JSON.stringify(toPayload(values)),
    validate,
    fieldOf,
    fallbackMessage,
  }: ResourceFormConfig<TValues, TPayload>
) => {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<FormErrors<TValues>>({})
  const [initialKey] = useState(() => payloadKey(initial))

  const isDirty = payloadKey(values) !== initialKey

  const setField = useCallback(
    <K extends keyof TValues>(field: K, value: TValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }))
      setErrors((current) => ({ ...current, [field]: undefined }))
    },
    []
  )

  const submit = async (send: (body: TPayload) => Promise<unknown>) => {
    const found = validate(values)
    setErrors(found)
    if (Object.values(found).some(Boolean)) {
      return false
    }
    try {
      await send(toPayload(values))
      return true
    } catch (e) {
      const message = messageOf(e, translate(fallbackMessage))
      setErrors({ [fieldOf(message)]: message } as FormErrors<TValues>)
      toast.error(message)
      return false
    }
  }

  return { values, errors, setField, submit, isDirty }
}
