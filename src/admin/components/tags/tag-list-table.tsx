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

const columnHelper = createDataTableColumnHelper<AdminHelpdeskTag>()

/** Edit and delete for one row; the delete hook is bound to that row's tag. */
const TagRowActions = ({ tag }: { tag: AdminHelpdeskTag }) => {
  const { mutateAsync } = useDeleteTag(tag.id)

  return (
    <RowActions
      label={`Actions for the tag ${tag.name}`}
      id={tag.id}
      deletion={{
        title: `Delete the tag "${tag.name}"?`,
        description:
          "It will be taken off every ticket that has it. This cannot be undone.",
        remove: () => mutateAsync(),
        deleted: `Tag "${tag.name}" was deleted.`,
        failed: "The tag could not be deleted.",
      }}
    />
  )
}

export const TagListTable = () => {
  const state = useSettingsListState()
  const { tags, count, isLoading, isError, error } = useTags(state.query, {
    placeholderData: keepPreviousData,
  })

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: "Tag",
        cell: ({ row }) => <TagBadge tag={row.original} />,
      }),
      columnHelper.accessor("color", {
        header: "Colour",
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
    []
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
      title="Tags"
      description="Labels agents put on tickets to sort and find them."
      searchPlaceholder="Search tags"
      empty={
        <ListEmptyState
          icon={TagIcon}
          title="No tags yet"
          description="Create tags such as VIP or Refund to label tickets."
          createLabel="Create tag"
        />
      }
      filtered={{
        heading: "No tags match your search",
        description: "Try a different name.",
      }}
    />
  )
}
