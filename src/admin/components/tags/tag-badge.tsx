import { Badge, clx } from "@medusajs/ui"
import type { AdminHelpdeskTag } from "../../lib/settings-types"
import { Bidi } from "../../lib/bidi"

/** The tag's colour as a small dot. */
export const TagDot = ({
  color,
  className,
}: {
  color: string
  className?: string
}) => (
  <span
    aria-hidden
    className={clx(
      "border-ui-border-base inline-block size-2 shrink-0 rounded-full border",
      className
    )}
    style={{ backgroundColor: color }}
  />
)

/** A tag as agents see it on tickets: its name after a dot in its colour. */
export const TagBadge = ({
  tag,
}: {
  tag: Pick<AdminHelpdeskTag, "name" | "color">
}) => (
  <Badge
    size="2xsmall"
    className="inline-flex max-w-full items-center gap-x-1.5"
  >
    <TagDot color={tag.color} />
    <span className="truncate">
      <Bidi>{tag.name}</Bidi>
    </span>
  </Badge>
)
