import { LockClosedSolid, LockOpenSolid, Users } from "@medusajs/icons"
import {
  Badge,
  createDataTableColumnHelper,
  DropdownMenu,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import {
  useContacts,
  useDeleteContact,
  useUpdateContact,
} from "../../hooks/api/contacts"
import type { AdminHelpdeskContact } from "../../lib/settings-types"
import { RowActions } from "../row-actions"
import {
  ListEmptyState,
  NameCell,
  SettingsListTable,
  useSettingsDataTable,
  useSettingsListState,
} from "../settings-list-table"
import { Bidi } from "../../lib/bidi"

type BlockedFilter = "all" | "blocked" | "allowed"

const BLOCKED_FILTER_LABELS: Record<BlockedFilter, string> = {
  all: "All contacts",
  blocked: "Blocked",
  allowed: "Not blocked",
}

const columnHelper = createDataTableColumnHelper<AdminHelpdeskContact>()

/** Edit, block/unblock and delete for one row; the hooks are bound to its contact. */
const ContactRowActions = ({ contact }: { contact: AdminHelpdeskContact }) => {
  const { mutateAsync: update } = useUpdateContact(contact.id)
  const { mutateAsync: remove } = useDeleteContact(contact.id)
  const label = contact.name || contact.email

  const onToggleBlocked = async () => {
    const blocked = !contact.blocked
    try {
      await update({ blocked })
      toast.success(
        blocked
          ? `${label} can no longer start chats.`
          : `${label} can start chats again.`
      )
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The contact could not be changed."
      )
    }
  }

  return (
    <RowActions
      label={`Actions for ${label}`}
      id={contact.id}
      deletion={{
        title: `Delete the contact ${label}?`,
        description: contact.blocked
          ? "Their tickets stay. Deleting a blocked contact lets them start chats again. This cannot be undone."
          : "Their tickets stay. This cannot be undone.",
        remove: () => remove(),
        deleted: `Contact ${label} was deleted.`,
        failed: "The contact could not be deleted.",
      }}
    >
      <DropdownMenu.Item
        className="gap-x-2"
        onClick={() => void onToggleBlocked()}
      >
        {contact.blocked ? (
          <LockOpenSolid className="text-ui-fg-subtle" />
        ) : (
          <LockClosedSolid className="text-ui-fg-subtle" />
        )}
        {contact.blocked ? "Unblock" : "Block"}
      </DropdownMenu.Item>
    </RowActions>
  )
}

export const ContactListTable = () => {
  const state = useSettingsListState()
  const [blockedFilter, setBlockedFilter] = useState<BlockedFilter>("all")

  const { contacts, count, isLoading, isError, error } = useContacts(
    {
      ...state.query,
      blocked:
        blockedFilter === "all" ? undefined : blockedFilter === "blocked",
    },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("email", {
        header: "Contact",
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col">
            <NameCell>{row.original.name || row.original.email}</NameCell>
            {row.original.name && (
              <Text
                size="small"
                leading="compact"
                className="text-ui-fg-subtle truncate"
              >
                <Bidi>{row.original.email}</Bidi>
              </Text>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("note", {
        header: "Note",
        cell: ({ getValue }) => (
          <Text
            size="small"
            leading="compact"
            className="text-ui-fg-subtle max-w-[320px] truncate"
          >
            {getValue() || "–"}
          </Text>
        ),
      }),
      columnHelper.accessor("blocked", {
        header: "Status",
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="red">
              Blocked
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              Can chat
            </Badge>
          ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <div className="flex justify-end">
            <ContactRowActions contact={row.original} />
          </div>
        ),
      }),
    ],
    []
  )

  const table = useSettingsDataTable({
    state,
    data: contacts,
    columns,
    rowCount: count,
    isLoading,
  })

  if (isError) {
    throw error
  }

  return (
    <SettingsListTable
      table={table}
      title="Contacts"
      description="People who write to you, with notes for your team. Block a contact to stop them starting new chats."
      searchPlaceholder="Search name or e-mail"
      filters={
        <Select
          size="small"
          value={blockedFilter}
          onValueChange={(value) => {
            setBlockedFilter(value as BlockedFilter)
            state.resetPage()
          }}
        >
          <Select.Trigger className="w-[150px]" aria-label="Show contacts">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(BLOCKED_FILTER_LABELS) as BlockedFilter[]).map(
              (key) => (
                <Select.Item key={key} value={key}>
                  {BLOCKED_FILTER_LABELS[key]}
                </Select.Item>
              )
            )}
          </Select.Content>
        </Select>
      }
      empty={
        blockedFilter === "all" ? (
          <ListEmptyState
            icon={Users}
            title="No contacts yet"
            description='Add a contact here, or from a ticket with "Add to contacts".'
            createLabel="Create contact"
          />
        ) : (
          <div className="flex flex-col items-center gap-y-1 py-10 text-center">
            <Text size="small" weight="plus" leading="compact">
              {blockedFilter === "blocked"
                ? "No blocked contacts"
                : "Every contact is blocked"}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Choose "All contacts" to see everyone.
            </Text>
          </div>
        )
      }
      filtered={{
        heading: "No contacts match",
        description: "Try another name or e-mail, or show all contacts.",
      }}
    />
  )
}
