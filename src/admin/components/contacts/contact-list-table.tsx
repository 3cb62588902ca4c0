import {
  EllipsisHorizontal,
  LockClosedSolid,
  LockOpenSolid,
  PencilSquare,
  Trash,
  Users,
} from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  DropdownMenu,
  Heading,
  IconButton,
  Select,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  useContacts,
  useDeleteContact,
  useUpdateContact,
} from "../../hooks/api/contacts"
import type { AdminHelpdeskContact } from "../../lib/settings-types"

const PAGE_SIZE = 20

type BlockedFilter = "all" | "blocked" | "allowed"

const BLOCKED_FILTER_LABELS: Record<BlockedFilter, string> = {
  all: "All contacts",
  blocked: "Blocked",
  allowed: "Not blocked",
}

const columnHelper = createDataTableColumnHelper<AdminHelpdeskContact>()

/** Edit, block/unblock and delete for one row; the hooks are bound to its contact. */
const ContactRowActions = ({ contact }: { contact: AdminHelpdeskContact }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
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

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete the contact ${label}?`,
      description: contact.blocked
        ? "Their tickets stay. Deleting a blocked contact lets them start chats again. This cannot be undone."
        : "Their tickets stay. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await remove()
      toast.success(`Contact ${label} was deleted.`)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The contact could not be deleted."
      )
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Actions for ${label}`}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      {/* the menu is portalled, but its clicks still bubble to the row */}
      <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
        <DropdownMenu.Item
          className="gap-x-2"
          onClick={() => navigate(`${contact.id}/edit`)}
        >
          <PencilSquare className="text-ui-fg-subtle" />
          Edit
        </DropdownMenu.Item>
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
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={() => void onDelete()}>
          <Trash className="text-ui-fg-subtle" />
          Delete
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

export const ContactListTable = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [blockedFilter, setBlockedFilter] = useState<BlockedFilter>("all")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { contacts, count, isLoading, isError, error } = useContacts(
    {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
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
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className="truncate"
            >
              {row.original.name || row.original.email}
            </Text>
            {row.original.name && (
              <Text
                size="small"
                leading="compact"
                className="text-ui-fg-subtle truncate"
              >
                {row.original.email}
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

  const table = useDataTable({
    data: contacts ?? [],
    columns,
    rowCount: count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_event, row) => navigate(`${row.id}/edit`),
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((current) => ({ ...current, pageIndex: 0 }))
      },
    },
    pagination: {
      state: pagination,
      onPaginationChange: setPagination,
    },
  })

  if (isError) {
    throw error
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <Heading>Contacts</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              People who write to you, with notes for your team. Block a contact
              to stop them starting new chats.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Select
              size="small"
              value={blockedFilter}
              onValueChange={(value) => {
                setBlockedFilter(value as BlockedFilter)
                setPagination((current) => ({ ...current, pageIndex: 0 }))
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
            <DataTable.Search placeholder="Search name or e-mail" />
            <Button size="small" variant="secondary" asChild>
              <Link to="create">Create</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: {
              custom:
                blockedFilter === "all" ? (
                  <div className="flex flex-col items-center gap-y-3 py-10 text-center">
                    <Users className="text-ui-fg-subtle" />
                    <div className="flex flex-col gap-y-1">
                      <Text size="small" weight="plus" leading="compact">
                        No contacts yet
                      </Text>
                      <Text size="small" className="text-ui-fg-subtle">
                        Add a contact here, or from a ticket with "Add to
                        contacts".
                      </Text>
                    </div>
                    <Button size="small" variant="secondary" asChild>
                      <Link to="create">Create contact</Link>
                    </Button>
                  </div>
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
                ),
            },
            filtered: {
              heading: "No contacts match",
              description: "Try another name or e-mail, or show all contacts.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
