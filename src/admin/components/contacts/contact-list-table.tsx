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
import { useTranslation } from "react-i18next"
import { translatedLabels } from "../../lib/locale"

type BlockedFilter = "all" | "blocked" | "allowed"

const BLOCKED_FILTER_LABELS: Record<BlockedFilter, string> = translatedLabels({
  all: "helpdesk.contacts.allContacts",
  blocked: "helpdesk.contacts.blocked",
  allowed: "helpdesk.contacts.notBlocked",
})

const columnHelper = createDataTableColumnHelper<AdminHelpdeskContact>()

/** Edit, block/unblock and delete for one row; the hooks are bound to its contact. */
const ContactRowActions = ({ contact }: { contact: AdminHelpdeskContact }) => {
  const { t } = useTranslation()
  const { mutateAsync: update } = useUpdateContact(contact.id)
  const { mutateAsync: remove } = useDeleteContact(contact.id)
  const label = contact.name || contact.email

  const onToggleBlocked = async () => {
    const blocked = !contact.blocked
    try {
      await update({ blocked })
      toast.success(
        blocked
          ? t("helpdesk.contacts.canNoLongerStart", { label })
          : t("helpdesk.contacts.canStartChatsAgain", { label })
      )
    } catch (e) {
      toast.error(
        e instanceof Error
          ? e.message
          : t("helpdesk.contacts.theContactCouldNot")
      )
    }
  }

  return (
    <RowActions
      label={t("helpdesk.contacts.actionsFor", { label })}
      id={contact.id}
      deletion={{
        title: t("helpdesk.contacts.deleteTheContact", { label }),
        description: contact.blocked
          ? t("helpdesk.contacts.theirTicketsStayDeleting")
          : t("helpdesk.contacts.theirTicketsStayThis"),
        remove: () => remove(),
        deleted: t("helpdesk.contacts.contactWasDeleted", { label }),
        failed: t("helpdesk.contacts.theContactCouldNot3"),
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
        {contact.blocked
          ? t("helpdesk.contacts.unblock")
          : t("helpdesk.contacts.block")}
      </DropdownMenu.Item>
    </RowActions>
  )
}

export const ContactListTable = () => {
  const { t } = useTranslation()
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
        header: t("helpdesk.contacts.contact"),
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
        header: t("helpdesk.contacts.note"),
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
        header: t("helpdesk.contacts.status"),
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="red">
              {t("helpdesk.contacts.blocked")}
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              {t("helpdesk.contacts.canChat")}
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
    [t]
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
      title={t("helpdesk.contacts.contacts")}
      description={t("helpdesk.contacts.peopleWhoWriteTo")}
      searchPlaceholder={t("helpdesk.contacts.searchNameOrE")}
      filters={
        <Select
          size="small"
          value={blockedFilter}
          onValueChange={(value) => {
            setBlockedFilter(value as BlockedFilter)
            state.resetPage()
          }}
        >
          <Select.Trigger
            className="w-[150px]"
            aria-label={t("helpdesk.contacts.showContacts")}
          >
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
            title={t("helpdesk.contacts.noContactsYet")}
            description={t("helpdesk.contacts.addAContactHere")}
            createLabel={t("helpdesk.contacts.createContact")}
          />
        ) : (
          <div className="flex flex-col items-center gap-y-1 py-10 text-center">
            <Text size="small" weight="plus" leading="compact">
              {blockedFilter === "blocked"
                ? t("helpdesk.contacts.noBlockedContacts")
                : t("helpdesk.contacts.everyContactIsBlocked")}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("helpdesk.contacts.chooseAllContactsTo")}
            </Text>
          </div>
        )
      }
      filtered={{
        heading: t("helpdesk.contacts.noContactsMatch"),
        description: t("helpdesk.contacts.tryAnotherNameOr"),
      }}
    />
  )
}
