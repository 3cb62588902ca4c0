/**
 * The internal line a link or unlink writes, in the ticket's language (the language the
 * ticket's agents work it in). `number` is the order's number as the Admin shows it.
 */
const LINES: Record<
  string,
  {
    linked: (actor: string, number: string) => string
    unlinked: (actor: string, number: string) => string
  }
> = {
  en: {
    linked: (actor, number) =>
      `${actor} linked order #${number} to this ticket`,
    unlinked: (actor, number) =>
      `${actor} unlinked order #${number} from this ticket`,
  },
  pl: {
    linked: (actor, number) =>
      `${actor}: powiązano zamówienie #${number} z tym zgłoszeniem`,
    unlinked: (actor, number) =>
      `${actor}: odłączono zamówienie #${number} od tego zgłoszenia`,
  },
}

export const orderLinkLine = (
  locale: string | null | undefined,
  action: "linked" | "unlinked",
  actor: string,
  number: string
) => (LINES[locale ?? "en"] ?? LINES.en)[action](actor, number)
