import { MagnifyingGlass } from "@medusajs/icons"
import {
  Button,
  Checkbox,
  Hint,
  Input,
  Label,
  Skeleton,
  Text,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useUsers } from "../hooks/api/users"
import { userDisplayName } from "../lib/channel-form"
import { useTranslation } from "react-i18next"

/** Every user a picker offers, with only what it shows of them. */
export const USER_PICKER_QUERY = {
  limit: 200,
  fields: "id,email,first_name,last_name",
}

type UserMultiSelectProps = {
  value: string[]
  error?: string
  onChange: (value: string[]) => void
  /** Starts each checkbox's id, so that two pickers on a page do not clash. */
  idPrefix: string
  /** Names the list of checkboxes for assistive technology. */
  groupLabel: string
  /** Says what the selection of `count` users means, above the list. */
  summary: (count: number) => string
}

/**
 * Picks admin users with checkboxes, searchable once the list is long. Ids of
 * users that no longer exist stay listed, so that they can be taken off.
 */
export const UserMultiSelect = ({
  value,
  error,
  onChange,
  idPrefix,
  groupLabel,
  summary,
}: UserMultiSelectProps) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const {
    users,
    isPending,
    isError,
    error: loadError,
  } = useUsers(USER_PICKER_QUERY)

  const selected = useMemo(() => new Set(value), [value])

  const filtered = useMemo(() => {
    const term = search.trim().toLowerCase()
    const list = users ?? []
    if (!term) {
      return list
    }
    return list.filter((user) =>
      `${userDisplayName(user)} ${user.email}`.toLowerCase().includes(term)
    )
  }, [users, search])

  const missing = useMemo(
    () =>
      users ? value.filter((id) => !users.some((user) => user.id === id)) : [],
    [users, value]
  )

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((userId) => userId !== id))

  if (isError) {
    return (
      <Hint variant="error">
        {t("helpdesk.settings.theListOfUsers", { error: loadError?.message })}
      </Hint>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
          {summary(value.length)}
        </Text>
        {value.length > 0 && (
          <Button
            type="button"
            size="small"
            variant="transparent"
            onClick={() => onChange([])}
          >
            {t("helpdesk.settings.clearSelection")}
          </Button>
        )}
      </div>
      {(users?.length ?? 0) > 6 && (
        <div className="relative">
          <MagnifyingGlass className="text-ui-fg-muted pointer-events-none absolute left-2 top-1/2 -translate-y-1/2" />
          <Input
            size="small"
            type="search"
            className="pl-8"
            placeholder={t("helpdesk.settings.searchUsers")}
            aria-label={t("helpdesk.settings.searchUsers")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      )}
      <div
        className="flex max-h-72 flex-col divide-y overflow-y-auto rounded-lg border"
        role="group"
        aria-label={groupLabel}
      >
        {isPending &&
          [0, 1, 2].map((index) => (
            <div key={index} className="px-4 py-3">
              <Skeleton className="h-5 w-48" />
            </div>
          ))}
        {!isPending && filtered.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-4 py-3">
            {search
              ? t("helpdesk.settings.noUserMatchesYour")
              : t("helpdesk.settings.thereAreNoUsers")}
          </Text>
        )}
        {filtered.map((user) => {
          const id = `${idPrefix}-${user.id}`
          const name = userDisplayName(user)
          return (
            <div
              key={user.id}
              className="flex items-center gap-x-3 px-4 py-2.5"
            >
              <Checkbox
                id={id}
                checked={selected.has(user.id)}
                onCheckedChange={(checked) => toggle(user.id, checked === true)}
              />
              <Label htmlFor={id} className="flex min-w-0 flex-1 flex-col">
                <Text
                  size="small"
                  weight="plus"
                  leading="compact"
                  className="truncate"
                >
                  {name}
                </Text>
                {name !== user.email && (
                  <Text
                    size="small"
                    leading="compact"
                    className="text-ui-fg-subtle truncate"
                  >
                    {user.email}
                  </Text>
                )}
              </Label>
            </div>
          )
        })}
        {missing.map((userId) => {
          const id = `${idPrefix}-${userId}`
          return (
            <div key={userId} className="flex items-center gap-x-3 px-4 py-2.5">
              <Checkbox
                id={id}
                checked
                onCheckedChange={(checked) => toggle(userId, checked === true)}
              />
              <Label htmlFor={id} className="flex min-w-0 flex-1 flex-col">
                <Text size="small" weight="plus" leading="compact">
                  {t("helpdesk.settings.removedUser")}
                </Text>
                <Text
                  size="small"
                  leading="compact"
                  className="text-ui-fg-subtle truncate font-mono"
                >
                  {userId}
                </Text>
              </Label>
            </div>
          )
        })}
      </div>
      {error && <Hint variant="error">{error}</Hint>}
    </div>
  )
}
