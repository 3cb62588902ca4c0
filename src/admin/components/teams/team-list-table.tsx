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
import { useTranslation } from "react-i18next"

const NAMES_SHOWN = 3

const columnHelper = createDataTableColumnHelper<AdminHelpdeskTeam>()

const MembersCell = ({
  team,
  nameOf,
}: {
  team: AdminHelpdeskTeam
  nameOf: (userId: string) => string
}) => {
  const { t } = useTranslation()
  const names = (team.members ?? []).map((m) => nameOf(m.user_id))
  if (names.length === 0) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        {t("helpdesk.teams.noMembers")}
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
  const { t } = useTranslation()
  const { mutateAsync } = useDeleteTeam(team.id)

  return (
    <RowActions
      label={t("helpdesk.teams.actionsForTheTeam", { name: team.name })}
      id={team.id}
      deletion={{
        title: t("helpdesk.teams.deleteTheTeam", { name: team.name }),
        description: t("helpdesk.teams.itsTicketsStayBut"),
        remove: () => mutateAsync(),
        deleted: t("helpdesk.teams.teamWasDeleted", { name: team.name }),
        failed: t("helpdesk.teams.theTeamCouldNot2"),
      }}
    />
  )
}

export const TeamListTable = () => {
  const { t } = useTranslation()
  const state = useSettingsListState()
  const { teams, count, isLoading, isError, error } = useTeams(state.query, {
    placeholderData: keepPreviousData,
  })
  const { users } = useUsers(MEMBER_USER_QUERY)

  const columns = useMemo(() => {
    const byId = new Map((users ?? []).map((u) => [u.id, userDisplayName(u)]))
    const nameOf = (userId: string) =>
      byId.get(userId) ?? t("helpdesk.teams.removedUser")

    return [
      columnHelper.accessor("name", {
        header: t("helpdesk.teams.name"),
        cell: ({ getValue }) => <NameCell>{getValue()}</NameCell>,
      }),
      columnHelper.display({
        id: "members",
        header: t("helpdesk.teams.members"),
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
  }, [users, t])

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
      title={t("helpdesk.teams.teams")}
      description={t("helpdesk.teams.groupsOfUsersThat")}
      searchPlaceholder={t("helpdesk.teams.searchTeams")}
      empty={
        <ListEmptyState
          icon={UserGroup}
          title={t("helpdesk.teams.noTeamsYet")}
          description={t("helpdesk.teams.createATeamSuch")}
          createLabel={t("helpdesk.teams.createTeam")}
        />
      }
      filtered={{
        heading: t("helpdesk.teams.noTeamsMatchYour"),
        description: t("helpdesk.teams.tryADifferentName"),
      }}
    />
  )
}
