import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { createListParams } from "../../../utils/query-params"
import {
  isValidDate,
  isValidTimeZone,
  parseTime,
} from "../../../../modules/helpdesk/utils/opening-hours"
import {
  AFTER_HOURS_BEHAVIORS,
  CHANNEL_ALIGNMENTS,
  CHANNEL_LOCALES,
  PATH_LIST_TYPES,
  WEEKDAYS,
  type OpeningHours,
} from "../../../../types/channel"

const interval = z.strictObject({ from: z.string(), to: z.string() })

const openingHours = z
  .strictObject({
    mon: z.array(interval).max(12).optional(),
    tue: z.array(interval).max(12).optional(),
    wed: z.array(interval).max(12).optional(),
    thu: z.array(interval).max(12).optional(),
    fri: z.array(interval).max(12).optional(),
    sat: z.array(interval).max(12).optional(),
    sun: z.array(interval).max(12).optional(),
  })
  .superRefine((hours, ctx) => {
    for (const day of WEEKDAYS) {
      hours[day]?.forEach(({ from, to }, i) => {
        const where = `opening_hours.${day}[${i}]`
        const start = parseTime(from)
        const end = parseTime(to, { allow24: true })
        if (start === null) {
          ctx.addIssue({
            code: "custom",
            path: [day, i, "from"],
            message: `${where}.from must be a time between 00:00 and 23:59 written as HH:MM, got "${from}".`,
          })
        }
        if (end === null) {
          ctx.addIssue({
            code: "custom",
            path: [day, i, "to"],
            message: `${where}.to must be a time between 00:00 and 24:00 written as HH:MM, got "${to}".`,
          })
        }
        if (start !== null && end !== null && start === end) {
          ctx.addIssue({
            code: "custom",
            path: [day, i],
            message: `${where} opens and closes at the same time (${from}); remove it to keep the day closed.`,
          })
        }
      })
    }
  })
  // every weekday present, so a stored channel always has a full week
  .transform(
    (hours) =>
      Object.fromEntries(
        WEEKDAYS.map((day) => [day, hours[day] ?? []])
      ) as OpeningHours
  )

const storeUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return (
          (url.protocol === "http:" || url.protocol === "https:") &&
          !!url.hostname
        )
      } catch {
        return false
      }
    },
    {
      message:
        "store_url must be the address of the store starting with http:// or https://, like https://shop.example.com.",
    }
  )
  .transform((value) => value.replace(/\/+$/, ""))

const paths = z
  .array(z.string().trim())
  .max(200)
  .superRefine((list, ctx) => {
    list.forEach((path, i) => {
      if (!path.startsWith("/")) {
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `paths[${i}] must start with "/", like "/checkout*"; got "${path}".`,
        })
      } else if (path.length > 500) {
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `paths[${i}] is longer than 500 characters.`,
        })
      }
    })
  })
  .transform((list) => [...new Set(list)])

const holidays = z
  .array(z.string().trim())
  .max(366)
  .superRefine((list, ctx) => {
    list.forEach((date, i) => {
      if (!isValidDate(date)) {
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `holidays[${i}] must be a calendar date written as YYYY-MM-DD, got "${date}".`,
        })
      }
    })
  })
  .transform((list) => [...new Set(list)].sort())

const timezone = z.string().refine(isValidTimeZone, {
  message:
    'timezone must be an IANA time zone such as "Europe/Warsaw" or "UTC".',
})

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, {
  message: 'color must be a hex colour such as "#1f6feb".',
})

const name = z.string().trim().min(1).max(120)

const channelFields = {
  welcome_message: z.string().max(1000).nullish(),
  alignment: z.enum(CHANNEL_ALIGNMENTS),
  vertical_offset: z.number().int().min(0).max(2000),
  path_list_type: z.enum(PATH_LIST_TYPES),
  paths,
  agent_ids: z
    .array(z.string().min(1))
    .max(500)
    .transform((ids) => [...new Set(ids)]),
  opening_hours: openingHours,
  holidays,
  timezone,
  after_hours_behavior: z.enum(AFTER_HOURS_BEHAVIORS),
  after_hours_message: z.string().max(1000).nullish(),
  locale: z.enum(CHANNEL_LOCALES),
  color,
  enabled: z.boolean(),
  inbox_id: z.string().min(1).nullish(),
  email_replies: z.boolean(),
  email_reply_delay_minutes: z
    .number({
      message:
        "email_reply_delay_minutes must be a whole number of minutes from 1 to 1440.",
    })
    .int({
      message:
        "email_reply_delay_minutes must be a whole number of minutes from 1 to 1440.",
    })
    .min(1, {
      message:
        "email_reply_delay_minutes must be at least 1: a reply waits at least a minute before it is e-mailed.",
    })
    .max(1440, {
      message: "email_reply_delay_minutes can be at most 1440 (a day).",
    }),
}

export const AdminCreateChannel = z.strictObject({
  name,
  store_url: storeUrl,
  ...channelFields,
  alignment: channelFields.alignment.optional(),
  vertical_offset: channelFields.vertical_offset.optional(),
  path_list_type: channelFields.path_list_type.optional(),
  paths: channelFields.paths.optional(),
  agent_ids: channelFields.agent_ids.optional(),
  opening_hours: channelFields.opening_hours.optional(),
  holidays: channelFields.holidays.optional(),
  timezone: channelFields.timezone.optional(),
  after_hours_behavior: channelFields.after_hours_behavior.optional(),
  locale: channelFields.locale.optional(),
  color: channelFields.color.optional(),
  enabled: channelFields.enabled.optional(),
  email_replies: channelFields.email_replies.optional(),
  email_reply_delay_minutes: channelFields.email_reply_delay_minutes.optional(),
})
export type AdminCreateChannelType = z.infer<typeof AdminCreateChannel>

export const AdminUpdateChannel = AdminCreateChannel.partial()
export type AdminUpdateChannelType = z.infer<typeof AdminUpdateChannel>

export const AdminGetChannelParams = createSelectParams()
export type AdminGetChannelParamsType = z.infer<typeof AdminGetChannelParams>

export const AdminGetChannelsParams = createListParams({ limit: 50 }).extend({
  q: z.string().optional(),
  enabled: z.preprocess(
    (value) => (value === "true" ? true : value === "false" ? false : value),
    z.boolean().optional()
  ),
})
export type AdminGetChannelsParamsType = z.infer<typeof AdminGetChannelsParams>
