import {
  EllipsisHorizontal,
  PencilSquare,
  Trash,
  UserGroup,
} from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  DropdownMenu,
  Heading,
  IconButton,
  Text,
  toast,
  Tooltip,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useDeleteTeam, useTeams } from "../../hooks/api/teams"
import { useUsers } from "../../hooks/api/users"
import { userDisplayName } from "../../lib/channel-form"
import type { AdminHelpdeskTeam } from "../../lib/settings-types"
import { MEMBER_USER_QUERY } from "./member-picker"

const PAGE_SIZE = 20
const NAMES_SHOWN = 3

const columnHelper = createDataTableColumnHelper<AdminHelpdeskTeam>()

const MembersCell = ({
  team,
  nameOf,
}: {
  team: AdminHelpdeskTeam
  nameOf: (userId: string) => string
}) => {
  const names = (team.members ?? []).map((m) => nameOf(m.user_id))
  if (names.length === 0) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        No members
      </Text>
    )
  }
  const shown = names.slice(0, NAMES_SHOWN).join(", ")
  const more = names.length - NAMES_SHOWN
  const text = more > 0 ? `${shown} and ${more} more` : shown
  return (
    <Tooltip content={names.join(", ")}>
      <Text size="small" leading="compact" className="max-w-[360px] truncate">
        {text}
      </Text>
    </Tooltip>
  )
}

/** Edit and delete for one row; the delete hook is bound to that row's team. */
const TeamRowActions = ({ team }: { team: AdminHelpdeskTeam }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { mutateAsync } = useDeleteTeam(team.id)

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete the team "${team.name}"?`,
      description:
        "Its tickets stay but no longer belong to a team. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await mutateAsync()
      toast.success(`Team "${team.name}" was deleted.`)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The team could not be deleted."
      )
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Actions for the team ${team.name}`}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      {/* the menu is portalled, but its clicks still bubble to the row */}
      <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
        <DropdownMenu.Item
          className="gap-x-2"
          onClick={() => navigate(`${team.id}/edit`)}
        >
          <PencilSquare className="text-ui-fg-subtle" />
          Edit
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

export const TeamListTable = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { teams, count, isLoading, isError, error } = useTeams(
    {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
    },
    { placeholderData: keepPreviousData }
  )
  const { users } = useUsers(MEMBER_USER_QUERY)

  const columns = useMemo(() => {
    const byId = new Map((users ?? []).map((u) => [u.id, userDisplayName(u)]))
    const nameOf = (userId: string) => byId.get(userId) ?? "Removed user"

    return [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ getValue }) => (
          <Text
            size="small"
            weight="plus"
            leading="compact"
            className="truncate"
          >
            {getValue()}
          </Text>
        ),
      }),
      columnHelper.display({
        id: "members",
        header: "Members",
        cell: ({ row }) => <MembersCell team={row.original} nameOf={nameOf} />,
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <div className="flex justify-end">
            <TeamRowActions team={row.original} />
          </div>
        ),
      }),
    ]
  }, [users])

  const table = useDataTable({
    data: teams ?? [],
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
            <Heading>Teams</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Groups of users that tickets can be given to.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search teams" />
            <Button size="small" variant="secondary" asChild>
              <Link to="create">Create</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: {
              custom: (
                <div className="flex flex-col items-center gap-y-3 py-10 text-center">
                  <UserGroup className="text-ui-fg-subtle" />
                  <div className="flex flex-col gap-y-1">
                    <Text size="small" weight="plus" leading="compact">
                      No teams yet
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      Create a team, such as Returns, and add the users who
                      handle its tickets.
                    </Text>
                  </div>
                  <Button size="small" variant="secondary" asChild>
                    <Link to="create">Create team</Link>
                  </Button>
                </div>
              ),
            },
            filtered: {
              heading: "No teams match your search",
              description: "Try a different name.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
