import { SquareTwoStack } from "@medusajs/icons"
import {
  Button,
  Drawer,
  Heading,
  Hint,
  Skeleton,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useRef } from "react"
import { useChannelEmbedCode } from "../../hooks/api/channels"
import { AdminHelpdeskChannel } from "../../lib/types"
import { Trans, useTranslation } from "react-i18next"

type EmbedCodeDrawerProps = {
  channel: Pick<AdminHelpdeskChannel, "id" | "name"> | null
  onClose: () => void
}

/** The snippet a merchant pastes into the store, with a Copy button. */
export const EmbedCodeDrawer = ({ channel, onClose }: EmbedCodeDrawerProps) => {
  return (
    <Drawer
      open={channel !== null}
      onOpenChange={(open) => {
        if (!open) {
          onClose()
        }
      }}
    >
      <Drawer.Content>
        {channel && <EmbedCodeBody channel={channel} />}
      </Drawer.Content>
    </Drawer>
  )
}

const EmbedCodeBody = ({
  channel,
}: {
  channel: Pick<AdminHelpdeskChannel, "id" | "name">
}) => {
  const { t } = useTranslation()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const { embed_code, isPending, isError, error } = useChannelEmbedCode(
    channel.id
  )

  const copy = async () => {
    if (!embed_code) {
      return
    }
    try {
      await navigator.clipboard.writeText(embed_code)
      toast.success(t("helpdesk.channels.copied"))
      return
    } catch {
      // The async clipboard needs a secure context and permission; fall
      // back to copying the selected text the old way.
    }
    const field = textarea.current
    field?.focus()
    field?.select()
    const copied = field ? document.execCommand("copy") : false
    if (copied) {
      toast.success(t("helpdesk.channels.copied"))
    } else {
      toast.error(t("helpdesk.channels.copyingFailedSelectThe"))
    }
  }

  return (
    <>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>{t("helpdesk.channels.embedCode")}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Drawer.Description className="txt-small text-ui-fg-subtle">
          <Trans
            i18nKey="helpdesk.channels.embedHint"
            values={{ name: channel.name }}
            components={{
              closingtag: <code className="font-mono">{"</body>"}</code>,
            }}
          />
        </Drawer.Description>
        {isPending && <Skeleton className="h-40 w-full" />}
        {isError && (
          <Hint variant="error">
            {t("helpdesk.channels.theCodeCouldNot", { error: error?.message })}
          </Hint>
        )}
        {embed_code !== undefined && (
          <Textarea
            ref={textarea}
            readOnly
            aria-label={t("helpdesk.channels.embedCode")}
            spellCheck={false}
            wrap="off"
            className="bg-ui-bg-subtle h-64 resize-none whitespace-pre font-mono text-xs"
            value={embed_code}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            {t("helpdesk.channels.close")}
          </Button>
        </Drawer.Close>
        <Button size="small" onClick={() => void copy()} disabled={!embed_code}>
          <SquareTwoStack />
          {t("helpdesk.channels.copy")}
        </Button>
      </Drawer.Footer>
    </>
  )
}
