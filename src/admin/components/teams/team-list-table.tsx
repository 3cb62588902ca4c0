import { UserGroup } from "@medusajs/icons"
import { createDataTableColumnHelper, Text, Tooltip } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo } from "react"
import { useDeleteTeam, useTeams } from "../../hooks/api/teams"
import { useUsers } from "../../hooks/api/users"
import { userDisplayName } from "../../lib/channel-form"
import type { AdminHelpdeskTeam } from "../../lib/settings-types"
import { RowActions } from "../row-actions"
import {
  ListEmptyState,
  NameCell,
  SettingsListTable,
  useSettingsDataTable,
  useSettingsListState,
} from "../settings-list-table"
import { MEMBER_USER_QUERY } from "./member-picker"

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
  const { mutateAsync } = useDeleteTeam(team.id)

  return (
    <RowActions
      label={`Actions for the team ${team.name}`}
      id={team.id}
      deletion={{
        title: `Delete the team "${team.name}"?`,
        description:
          "Its tickets stay but no longer belong to a team. This cannot be undone.",
        remove: () => mutateAsync(),
        deleted: `Team "${team.name}" was deleted.`,
        failed: "The team could not be deleted.",
      }}
    />
  )
}

export const TeamListTable = () => {
  const state = useSettingsListState()
  const { teams, count, isLoading, isError, error } = useTeams(state.query, {
    placeholderData: keepPreviousData,
  })
  const { users } = useUsers(MEMBER_USER_QUERY)

  const columns = useMemo(() => {
    const byId = new Map((users ?? []).map((u) => [u.id, userDisplayName(u)]))
    const nameOf = (userId: string) => byId.get(userId) ?? "Removed user"

    return [
      columnHelper.accessor("name", {
        header: "Name",
        cell: ({ getValue }) => <NameCell>{getValue()}</NameCell>,
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

  const table = useSettingsDataTable({
    state,
    data: teams,
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
      title="Teams"
      description="Groups of users that tickets can be given to."
      searchPlaceholder="Search teams"
      empty={
        <ListEmptyState
          icon={UserGroup}
          title="No teams yet"
          description="Create a team, such as Returns, and add the users who handle its tickets."
          createLabel="Create team"
        />
      }
      filtered={{
        heading: "No teams match your search",
        description: "Try a different name.",
      }}
    />
  )
}
