import type { MedusaContainer } from "@medusajs/framework/types"
import { listManageableChannelIds } from "../../../../workflows/channels/utils/channel-access"
import { refetchOrNotFound } from "../../../utils/refetch"

type InboxRecord = Record<string, unknown> & {
  channels?: ({ id: string } & Record<string, unknown>)[] | null
}

/** `fields` with `channels.id` whenever channels are asked for, so hidden ones can be told apart. */
export const inboxFields = (fields: string[]) =>
  fields.some((f) => f === "channels" || f.startsWith("channels.")) &&
  !fields.includes("channels.id")
    ? [...fields, "channels.id"]
    : fields

/** Drops from each inbox the channels the user may not see, as the channels list does. */
export async function hideUnseenChannels<T extends InboxRecord>(
  scope: MedusaContainer,
  userId: string,
  inboxes: T[]
): Promise<T[]> {
  if (!inboxes.some((i) => Array.isArray(i.channels))) {
    return inboxes
  }
  const visible = new Set(await listManageableChannelIds(scope, userId))
  return inboxes.map((inbox) =>
    Array.isArray(inbox.channels)
      ? { ...inbox, channels: inbox.channels.filter((c) => visible.has(c.id)) }
      : inbox
  )
}

/** An inbox as the user may see it, or a 404 when there is none. */
export async function refetchInbox(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  userId: string
): Promise<InboxRecord> {
  const inbox = (await refetchOrNotFound({
    entity: "helpdesk_inbox",
    resource: "Inbox",
    id,
    scope,
    fields: inboxFields(fields),
  })) as InboxRecord
  const [visible] = await hideUnseenChannels(scope, userId, [inbox])
  return visible
}
