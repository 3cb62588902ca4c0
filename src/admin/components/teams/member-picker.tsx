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
import { useUsers } from "../../hooks/api/users"
import { userDisplayName } from "../../lib/channel-form"

export const MEMBER_USER_QUERY = {
  limit: 200,
  fields: "id,email,first_name,last_name",
}

type MemberPickerProps = {
  value: string[]
  error?: string
  onChange: (value: string[]) => void
}

export const MemberPicker = ({ value, error, onChange }: MemberPickerProps) => {
  const [search, setSearch] = useState("")
  const {
    users,
    isPending,
    isError,
    error: loadError,
  } = useUsers(MEMBER_USER_QUERY)

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

  // Members whose user account no longer exists can still be taken off.
  const missing = useMemo(
    () =>
      users ? value.filter((id) => !users.some((user) => user.id === id)) : [],
    [users, value]
  )

  const toggle = (id: string, checked: boolean) =>
    onChange(
      checked ? [...value, id] : value.filter((memberId) => memberId !== id)
    )

  if (isError) {
    return (
      <Hint variant="error">
        The list of users could not be loaded: {loadError?.message}
      </Hint>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
          {value.length === 0
            ? "Nobody in this team yet."
            : `${value.length} ${value.length === 1 ? "member" : "members"} selected.`}
        </Text>
        {value.length > 0 && (
          <Button
            type="button"
            size="small"
            variant="transparent"
            onClick={() => onChange([])}
          >
            Clear selection
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
            placeholder="Search users"
            aria-label="Search users"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      )}
      <div
        className="flex max-h-72 flex-col divide-y overflow-y-auto rounded-lg border"
        role="group"
        aria-label="Team members"
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
              ? "No user matches your search."
              : "There are no users yet."}
          </Text>
        )}
        {filtered.map((user) => {
          const id = `team-member-${user.id}`
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
        {missing.map((memberId) => {
          const id = `team-member-${memberId}`
          return (
            <div
              key={memberId}
              className="flex items-center gap-x-3 px-4 py-2.5"
            >
              <Checkbox
                id={id}
                checked
                onCheckedChange={(checked) =>
                  toggle(memberId, checked === true)
                }
              />
              <Label htmlFor={id} className="flex min-w-0 flex-1 flex-col">
                <Text size="small" weight="plus" leading="compact">
                  Removed user
                </Text>
                <Text
                  size="small"
                  leading="compact"
                  className="text-ui-fg-subtle truncate font-mono"
                >
                  {memberId}
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
