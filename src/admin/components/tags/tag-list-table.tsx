import {
  EllipsisHorizontal,
  PencilSquare,
  Tag as TagIcon,
  Trash,
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
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useDeleteTag, useTags } from "../../hooks/api/tags"
import type { AdminHelpdeskTag } from "../../lib/settings-types"
import { TagBadge } from "./tag-badge"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<AdminHelpdeskTag>()

/** Edit and delete for one row; the delete hook is bound to that row's tag. */
const TagRowActions = ({ tag }: { tag: AdminHelpdeskTag }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { mutateAsync } = useDeleteTag(tag.id)

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete the tag "${tag.name}"?`,
      description:
        "It will be taken off every ticket that has it. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await mutateAsync()
      toast.success(`Tag "${tag.name}" was deleted.`)
    } catch (e) {
      toast.error(
        e instanceof Error ? e.message : "The tag could not be deleted."
      )
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Actions for the tag ${tag.name}`}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      {/* the menu is portalled, but its clicks still bubble to the row */}
      <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
        <DropdownMenu.Item
          className="gap-x-2"
          onClick={() => navigate(`${tag.id}/edit`)}
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

export const TagListTable = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { tags, count, isLoading, isError, error } = useTags(
    {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
    },
    { placeholderData: keepPreviousData }
  )

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

  const table = useDataTable({
    data: tags ?? [],
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
            <Heading>Tags</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Labels agents put on tickets to sort and find them.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search tags" />
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
                  <TagIcon className="text-ui-fg-subtle" />
                  <div className="flex flex-col gap-y-1">
                    <Text size="small" weight="plus" leading="compact">
                      No tags yet
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      Create tags such as VIP or Refund to label tickets.
                    </Text>
                  </div>
                  <Button size="small" variant="secondary" asChild>
                    <Link to="create">Create tag</Link>
                  </Button>
                </div>
              ),
            },
            filtered: {
              heading: "No tags match your search",
              description: "Try a different name.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
