import { Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** `#rrggbb`, the only colour notation the API takes. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/i

type ColorInputProps = {
  /** Id of the text field, for its label. */
  id: string
  value: string
  invalid: boolean
  onChange: (value: string) => void
}

/** A colour as a swatch to pick from and the hex code to type. */
export const ColorInput = ({
  id,
  value,
  invalid,
  onChange,
}: ColorInputProps) => {
  const { t } = useTranslation()
  return (
    <div className="flex items-center gap-x-2">
      <input
        type="color"
        aria-label={t("helpdesk.settings.pickAColour")}
        className="border-ui-border-base h-8 w-10 shrink-0 cursor-pointer rounded-md border bg-transparent p-0.5"
        // the swatch only takes a full hex code; the text field shows what was typed
        value={HEX_COLOR.test(value) ? value : "#000000"}
        onChange={(event) => onChange(event.target.value)}
      />
      <Input
        id={id}
        className="font-mono"
        maxLength={7}
        aria-invalid={invalid}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
