import {
  Button,
  Container,
  DataTable,
  DataTableEmptyStateContent,
  DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { ComponentType, ReactNode, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { Bidi } from "../lib/bidi"
import { useTranslation } from "react-i18next"

const PAGE_SIZE = 20

type TableOptions<TData> = Parameters<typeof useDataTable<TData>>[0]
type TableInstance<TData> = ReturnType<typeof useDataTable<TData>>

/**
 * Search and paging of a settings list. `query` is what the list request
 * takes; a new search (or `resetPage`, for other filters) goes back to page one.
 */
export const useSettingsListState = () => {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const resetPage = () =>
    setPagination((current) => ({ ...current, pageIndex: 0 }))

  return {
    query: {
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search.trim() || undefined,
    },
    resetPage,
    search: {
      state: search,
      onSearchChange: (value: string) => {
        setSearch(value)
        resetPage()
      },
    },
    pagination: {
      state: pagination,
      onPaginationChange: setPagination,
    },
  }
}

type SettingsDataTableOptions<TData> = {
  state: ReturnType<typeof useSettingsListState>
  data: TData[] | undefined
  columns: TableOptions<TData>["columns"]
  rowCount: number | undefined
  isLoading: boolean
}

/** A settings list's table: a row click opens that record's edit drawer. */
export const useSettingsDataTable = <TData extends { id: string }>({
  state,
  data,
  columns,
  rowCount,
  isLoading,
}: SettingsDataTableOptions<TData>) => {
  const navigate = useNavigate()

  return useDataTable({
    data: data ?? [],
    columns,
    rowCount: rowCount ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_event, row) => navigate(`${row.id}/edit`),
    search: state.search,
    pagination: state.pagination,
  })
}

type ListEmptyStateProps = {
  icon: ComponentType<{ className?: string }>
  title: string
  description: ReactNode
  /** Label of the button that opens the create modal, e.g. "Create tag". */
  createLabel: string
}

/** What an empty list shows: what belongs here and a button to add the first. */
export const ListEmptyState = ({
  icon: Icon,
  title,
  description,
  createLabel,
}: ListEmptyStateProps) => (
  <div className="flex flex-col items-center gap-y-3 py-10 text-center">
    <Icon className="text-ui-fg-subtle" />
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    <Button size="small" variant="secondary" asChild>
      <Link to="create">{createLabel}</Link>
    </Button>
  </div>
)

type SettingsListTableProps<TData> = {
  table: TableInstance<TData>
  title: string
  description: ReactNode
  searchPlaceholder: string
  /** Controls shown before the search, such as a status filter. */
  filters?: ReactNode
  /** Shown when there are no records at all. */
  empty: ReactNode
  /** Shown when there are records but none matches the search or filters. */
  filtered: DataTableEmptyStateContent
  /** Rendered after the table, e.g. a drawer the rows open. */
  children?: ReactNode
}

/**
 * A Settings → Helpdesk list: heading, search, a Create button leading to the
 * `create` route, the table with its empty states, and paging.
 */
export const SettingsListTable = <TData,>({
  table,
  title,
  description,
  searchPlaceholder,
  filters,
  empty,
  filtered,
  children,
}: SettingsListTableProps<TData>) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <Heading>{title}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            {filters}
            <DataTable.Search placeholder={searchPlaceholder} />
            <Button size="small" variant="secondary" asChild>
              <Link to="create">{t("helpdesk.settings.create")}</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table emptyState={{ empty: { custom: empty }, filtered }} />
        <DataTable.Pagination />
      </DataTable>
      {children}
    </Container>
  )
}

/** A record's name, the first and boldest cell of its row. */
export const NameCell = ({ children }: { children: ReactNode }) => (
  <Text size="small" weight="plus" leading="compact" className="truncate">
    <Bidi>{children}</Bidi>
  </Text>
)
