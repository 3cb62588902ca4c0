import { Tag as TagIcon } from "@medusajs/icons"
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo } from "react"
import { useDeleteTag, useTags } from "../../hooks/api/tags"
import type { AdminHelpdeskTag } from "../../lib/settings-types"
import { RowActions } from "../row-actions"
import {
  ListEmptyState,
  SettingsListTable,
  useSettingsDataTable,
  useSettingsListState,
} from "../settings-list-table"
import { TagBadge } from "./tag-badge"
import { useTranslation } from "react-i18next"

const columnHelper = createDataTableColumnHelper<AdminHelpdeskTag>()

/** Edit and delete for one row; the delete hook is bound to that row's tag. */
const TagRowActions = ({ tag }: { tag: AdminHelpdeskTag }) => {
  const { t } = useTranslation()
  const { mutateAsync } = useDeleteTag(tag.id)

  return (
    <RowActions
      label={t("helpdesk.tags.actionsForTheTag", { name: tag.name })}
      id={tag.id}
      deletion={{
        title: t("helpdesk.tags.deleteTheTag", { name: tag.name }),
        description: t("helpdesk.tags.itWillBeTaken"),
        remove: () => mutateAsync(),
        deleted: t("helpdesk.tags.tagWasDeleted", { name: tag.name }),
        failed: t("helpdesk.tags.theTagCouldNot2"),
      }}
    />
  )
}

export const TagListTable = () => {
  const { t } = useTranslation()
  const state = useSettingsListState()
  const { tags, count, isLoading, isError, error } = useTags(state.query, {
    placeholderData: keepPreviousData,
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("helpdesk.tags.tag"),
        cell: ({ row }) => <TagBadge tag={row.original} />,
      }),
      columnHelper.accessor("color", {
        header: t("helpdesk.tags.colour"),
        cell: ({ getValue }) => (
          <Text size="small" leading="compact" className="font-mono">
            {getValue()}
          </Text>
        ),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <div className="flex justify-end">
            <TagRowActions tag={row.original} />
          </div>
        ),
      }),
    ],
    [t]
  )

  const table = useSettingsDataTable({
    state,
    data: tags,
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
      title={t("helpdesk.tags.tags")}
      description={t("helpdesk.tags.labelsAgentsPutOn")}
      searchPlaceholder={t("helpdesk.tags.searchTags")}
      empty={
        <ListEmptyState
          icon={TagIcon}
          title={t("helpdesk.tags.noTagsYet")}
          description={t("helpdesk.tags.createTagsSuchAs")}
          createLabel={t("helpdesk.tags.createTag")}
        />
      }
      filtered={{
        heading: t("helpdesk.tags.noTagsMatchYour"),
        description: t("helpdesk.tags.tryADifferentName"),
      }}
    />
  )
}
