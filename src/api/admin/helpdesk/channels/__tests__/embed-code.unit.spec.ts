import vm from "node:vm"
import { buildEmbedCode } from "../helpers"

// the stub queues each call's `arguments` object as it is
type Call = ArrayLike<unknown>
type FakeWindow = { Helpdesk?: ((...args: unknown[]) => void) & { q?: Call[] } }

function runSnippet(embedCode: string) {
  const script = embedCode.match(/<script>([\s\S]*)<\/script>/)?.[1]
  if (!script) {
    throw new Error("the embed code holds no inline script")
  }
  const appended: { async?: boolean; src?: string }[] = []
  const window: FakeWindow = {}
  const document = {
    createElement: (tag: string) => ({ tag }),
    head: {
      appendChild: (el: { async?: boolean; src?: string }) => appended.push(el),
    },
  }
  vm.runInNewContext(script, { window, document })
  return { window, appended }
}

describe("buildEmbedCode", () => {
  it("queues an init call with the channel and loads the loader asynchronously", () => {
    const { window, appended } = runSnippet(
      buildEmbedCode("https://api.shop.example", "hdch_123")
    )

    expect(window.Helpdesk?.q?.map((call) => Array.from(call))).toEqual([
      [
        "init",
        { channelId: "hdch_123", backendUrl: "https://api.shop.example" },
      ],
    ])
    expect(appended).toEqual([
      {
        tag: "script",
        async: true,
        src: "https://api.shop.example/helpdesk/widget/loader.js",
      },
    ])
  })

  it("keeps calls a storefront makes before the loader arrives", () => {
    const { window } = runSnippet(
      buildEmbedCode("https://api.shop.example", "hdch_123")
    )

    window.Helpdesk?.("open")

    expect(window.Helpdesk?.q?.map((call) => call[0])).toEqual(["init", "open"])
  })

  it("cannot be broken out of by a backend URL containing a closing script tag", () => {
    const code = buildEmbedCode(
      "https://x.example/</script><script>alert(1)</script>",
      "hdch_1"
    )

    expect(code.match(/<\/script>/g)).toHaveLength(1)
    expect(runSnippet(code).appended[0].src).toBe(
      "https://x.example/</script><script>alert(1)</script>/helpdesk/widget/loader.js"
    )
  })
})
