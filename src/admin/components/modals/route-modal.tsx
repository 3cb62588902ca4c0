import { Drawer, FocusModal, usePrompt } from "@medusajs/ui"
import {
  createContext,
  PropsWithChildren,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react"
import { useNavigate } from "react-router-dom"
import { useTranslation } from "react-i18next"

type RouteModalContextValue = {
  /** Leaves the route; asks first when the form has unsaved changes. */
  close: () => void
  /** Leaves the route without asking, e.g. after a successful save. */
  handleSuccess: () => void
  /** Tells the modal whether leaving would lose changes. */
  setDirty: (dirty: boolean) => void
}

const RouteModalContext = createContext<RouteModalContextValue | null>(null)

export const useRouteModal = () => {
  const context = useContext(RouteModalContext)
  if (!context) {
    throw new Error("useRouteModal must be used inside a route modal")
  }
  return context
}

type RouteModalProps = PropsWithChildren<{
  /** Where to go when the modal closes, relative to this route. */
  prev?: string
}>

const useRouteModalState = (prev: string) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [open, setOpen] = useState(false)
  const dirty = useRef(false)

  // Opening after mount lets the entry animation play.
  useEffect(() => {
    setOpen(true)
    return () => setOpen(false)
  }, [])

  const leave = useCallback(() => {
    // Radix leaves pointer-events disabled when the route unmounts mid-close.
    document.body.style.pointerEvents = "auto"
    void navigate(prev, { replace: true })
  }, [navigate, prev])

  const close = useCallback(async () => {
    if (dirty.current) {
      const confirmed = await prompt({
        title: t("helpdesk.settings.discardChanges"),
        description: t("helpdesk.settings.youHaveUnsavedChanges"),
        confirmText: t("helpdesk.settings.discard"),
        cancelText: t("helpdesk.settings.keepEditing"),
      })
      if (!confirmed) {
        return
      }
    }
    leave()
  }, [leave, prompt, t])

  const value = useMemo<RouteModalContextValue>(
    () => ({
      close: () => void close(),
      handleSuccess: leave,
      setDirty: (next) => {
        dirty.current = next
      },
    }),
    [close, leave]
  )

  const onOpenChange = (next: boolean) => {
    if (next) {
      setOpen(true)
      return
    }
    // Let the closing key or click finish first: a prompt opened while the
    // Escape keydown is still dispatching would take it as its own cancel.
    setTimeout(() => void close(), 0)
  }

  return { open, onOpenChange, value }
}

/** A full-screen modal on its own route, for creating a resource. */
export const RouteFocusModal = ({ prev = "..", children }: RouteModalProps) => {
  const { open, onOpenChange, value } = useRouteModalState(prev)

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <RouteModalContext.Provider value={value}>
        <FocusModal.Content aria-describedby={undefined}>
          {children}
        </FocusModal.Content>
      </RouteModalContext.Provider>
    </FocusModal>
  )
}

/** A side drawer on its own route, for editing a resource. */
export const RouteDrawer = ({ prev = "..", children }: RouteModalProps) => {
  const { open, onOpenChange, value } = useRouteModalState(prev)

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <RouteModalContext.Provider value={value}>
        <Drawer.Content aria-describedby={undefined}>{children}</Drawer.Content>
      </RouteModalContext.Provider>
    </Drawer>
  )
}
