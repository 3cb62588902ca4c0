import {
  Button,
  Drawer,
  FocusModal,
  Heading,
  Skeleton,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, ReactNode, useEffect } from "react"
import { RouteDrawer, useRouteModal } from "./route-modal"
import { useTranslation } from "react-i18next"

/**
 * Ties a form in a route modal to it: leaving asks first while `isDirty`, and
 * the returned function, called after a save, says so and leaves.
 */
export const useRouteModalForm = (isDirty: boolean) => {
  const { handleSuccess, setDirty } = useRouteModal()

  useEffect(() => setDirty(isDirty), [isDirty, setDirty])

  return (message: string) => {
    toast.success(message)
    handleSuccess()
  }
}

type RouteFormProps = {
  onSubmit: () => Promise<void>
  /** While the save is on its way. */
  isPending: boolean
  children: ReactNode
}

const submitHandler =
  (onSubmit: () => Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void onSubmit()
  }

const Footer = ({
  Close,
  isPending,
}: {
  Close: typeof FocusModal.Close | typeof Drawer.Close
  isPending: boolean
}) => {
  const { t } = useTranslation()
  return (
    <>
      <Close asChild>
        <Button size="small" variant="secondary" type="button">
          {t("helpdesk.settings.cancel")}
        </Button>
      </Close>
      <Button size="small" type="submit" isLoading={isPending}>
        {t("helpdesk.settings.save")}
      </Button>
    </>
  )
}

type CreateModalFormProps = RouteFormProps & {
  title: string
  description: ReactNode
  /** Tailwind max-width of the form column; wide forms take more. */
  maxWidth?: string
}

/** The body of a `RouteFocusModal` that creates a record: title, fields, Cancel and Save. */
export const CreateModalForm = ({
  title,
  description,
  maxWidth = "max-w-[560px]",
  onSubmit,
  isPending,
  children,
}: CreateModalFormProps) => (
  <form
    noValidate
    className="flex size-full flex-col overflow-hidden"
    onSubmit={submitHandler(onSubmit)}
  >
    <FocusModal.Header />
    <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-16">
      <div className={`flex w-full ${maxWidth} flex-col gap-y-8`}>
        <div className="flex flex-col gap-y-1">
          <FocusModal.Title asChild>
            <Heading>{title}</Heading>
          </FocusModal.Title>
          <FocusModal.Description asChild>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </FocusModal.Description>
        </div>
        {children}
      </div>
    </FocusModal.Body>
    <FocusModal.Footer>
      <Footer Close={FocusModal.Close} isPending={isPending} />
    </FocusModal.Footer>
  </form>
)

/** The body of an `EditRouteDrawer` once its record has loaded: fields, Cancel and Save. */
export const EditDrawerForm = ({
  onSubmit,
  isPending,
  children,
}: RouteFormProps) => (
  <form
    noValidate
    className="flex flex-1 flex-col overflow-hidden"
    onSubmit={submitHandler(onSubmit)}
  >
    <Drawer.Body className="flex-1 overflow-y-auto">{children}</Drawer.Body>
    <Drawer.Footer>
      <Footer Close={Drawer.Close} isPending={isPending} />
    </Drawer.Footer>
  </form>
)

type EditRouteDrawerProps = {
  title: string
  /** Names the record being edited, once it has loaded. */
  subtitle?: string
  /** e.g. "tag", for "The tag could not be loaded". */
  noun: string
  isPending: boolean
  isError: boolean
  error: Error | null
  /** Heights (Tailwind classes) of the placeholders shown while it loads. */
  skeletonRows?: string[]
  /** The form, rendered once the record is there. */
  children: ReactNode
}

/** A drawer on an `@[id]/edit` route: its heading, and the loading or error state until the form can show. */
export const EditRouteDrawer = ({
  title,
  subtitle,
  noun,
  isPending,
  isError,
  error,
  skeletonRows = ["h-8", "h-8"],
  children,
}: EditRouteDrawerProps) => {
  const { t } = useTranslation()
  return (
    <RouteDrawer>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>{title}</Heading>
        </Drawer.Title>
        {subtitle !== undefined && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </Drawer.Header>
      {isPending && (
        <Drawer.Body className="flex flex-col gap-y-4">
          {skeletonRows.map((height, index) => (
            <Skeleton key={index} className={`${height} w-full`} />
          ))}
        </Drawer.Body>
      )}
      {isError && (
        <Drawer.Body>
          <Text size="small" className="text-ui-fg-error">
            {t("helpdesk.settings.loadFailed", {
              noun: t(noun),
              error: error?.message,
            })}
          </Text>
        </Drawer.Body>
      )}
      {children}
    </RouteDrawer>
  )
}
