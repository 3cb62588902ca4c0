import type { ReactNode } from "react"

/**
 * Text a shopper, customer or colleague typed, isolated from what surrounds it: a
 * right-to-left override in a name must not reverse the e-mail or channel printed beside it.
 */
export const Bidi = ({ children }: { children: ReactNode }) => (
  <bdi>{children}</bdi>
)

const FIRST_STRONG_ISOLATE = "\u2068"
const POP_DIRECTIONAL_ISOLATE = "\u2069"

/** The same isolation for a value inside a string (toasts, prompts, labels). */
export const isolate = (text: string | null | undefined): string =>
  `${FIRST_STRONG_ISOLATE}${text ?? ""}${POP_DIRECTIONAL_ISOLATE}`
