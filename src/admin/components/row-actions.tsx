import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton, toast, usePrompt } from "@medusajs/ui"
import { ReactNode, useCallback } from "react"
import { useNavigate } from "react-router-dom"
import { useTranslation } from "react-i18next"

type DeletePrompt = {
  title: string
  description: string
  /** Sends the delete; it is only called once the user has confirmed. */
  remove: () => Promise<unknown>
  /** Toast after the delete, e.g. `Tag "VIP" was deleted.` */
  deleted: string
  /** Toast when the error carries no message of its own. */
  failed: string
}

/**
 * Asks before deleting, then deletes and says how it went. Resolves once the
 * user has declined, or the delete has succeeded or failed.
 */
export const useDeletePrompt = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()

  return useCallback(
    async ({ title, description, remove, deleted, failed }: DeletePrompt) => {
      const confirmed = await prompt({
        title,
        description,
        confirmText: t("helpdesk.settings.delete"),
        cancelText: t("helpdesk.settings.cancel"),
      })
      if (!confirmed) {
        return
      }
      try {
        await remove()
        toast.success(deleted)
      } catch (e) {
        toast.error(e instanceof Error ? e.message : failed)
      }
    },
    [prompt, t]
  )
}

type RowActionsProps = {
  /** Names the menu button for assistive technology. */
  label: string
  /** The row's record; Edit opens `<id>/edit`. */
  id: string
  /** What Delete asks, sends and says afterwards. */
  deletion: DeletePrompt
  /** When set, Delete only shows this sentence: why the record cannot go yet. */
  deleteRefusal?: string
  /** Items between Edit and Delete. */
  children?: ReactNode
}

/** The "…" menu at the end of a settings list row: Edit, any extras, Delete. */
export const RowActions = ({
  label,
  id,
  deletion,
  deleteRefusal,
  children,
}: RowActionsProps) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const confirmDelete = useDeletePrompt()

  const onDelete = () => {
    if (deleteRefusal) {
      toast.error(deleteRefusal)
      return
    }
    void confirmDelete(deletion)
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={label}
          onClick={(event) => event.stopPropagation()}
        >
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      {/* the menu is portalled, but its clicks still bubble to the row */}
      <DropdownMenu.Content onClick={(event) => event.stopPropagation()}>
        <DropdownMenu.Item
          className="gap-x-2"
          onClick={() => navigate(`${id}/edit`)}
        >
          <PencilSquare className="text-ui-fg-subtle" />
          {t("helpdesk.settings.edit")}
        </DropdownMenu.Item>
        {children}
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={onDelete}>
          <Trash className="text-ui-fg-subtle" />
          {t("helpdesk.settings.delete")}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
