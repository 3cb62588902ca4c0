import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"

import { chooseEncoding, loadWidgetAsset, matchesEtag } from "../assets"

describe("chooseEncoding", () => {
  it("prefers brotli when a browser takes both brotli and gzip", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br")
  })

  it("sends gzip to a client that takes only gzip (or x-gzip)", () => {
    expect(chooseEncoding("gzip, deflate")).toBe("gzip")
    expect(chooseEncoding("x-gzip")).toBe("gzip")
  })

  it("follows q-values, and q=0 refuses an encoding", () => {
    expect(chooseEncoding("br;q=0.2, gzip;q=0.8")).toBe("gzip")
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip")
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBe("identity")
  })

  it("reads * as every encoding not named", () => {
    expect(chooseEncoding("*")).toBe("br")
    expect(chooseEncoding("br;q=0, *")).toBe("gzip")
  })

  it("sends the plain file when the header is missing, empty or names nothing it has", () => {
    expect(chooseEncoding(undefined)).toBe("identity")
    expect(chooseEncoding("")).toBe("identity")
    expect(chooseEncoding("deflate, zstd")).toBe("identity")
    expect(chooseEncoding("identity")).toBe("identity")
  })

  it("only picks an encoding that was built", () => {
    expect(chooseEncoding("br, gzip", ["gzip"])).toBe("gzip")
    expect(chooseEncoding("br", [])).toBe("identity")
  })
})

describe("matchesEtag", () => {
  it("matches one tag of a list, weak or strong, and *", () => {
    expect(matchesEtag('"a", "b-br"', '"b-br"')).toBe(true)
    expect(matchesEtag('W/"b-br"', '"b-br"')).toBe(true)
    expect(matchesEtag("*", '"b-br"')).toBe(true)
  })

  it("does not match another encoding's tag or no header", () => {
    expect(matchesEtag('"b-gzip", "b"', '"b-br"')).toBe(false)
    expect(matchesEtag(undefined, '"b"')).toBe(false)
  })
})

describe("loadWidgetAsset", () => {
  let dist: string
  beforeEach(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "helpdesk-widget-"))
  })
  afterEach(() => rm(dist, { recursive: true, force: true }))

  it("reads the file, its compressed copies and chat.js's version, with one ETag per encoding", async () => {
    await writeFile(path.join(dist, "chat.js"), "console.log(1)")
    await writeFile(path.join(dist, "chat.js.br"), "br-bytes")
    await writeFile(path.join(dist, "chat.js.gz"), "gz-bytes")
    await writeFile(
      path.join(dist, "manifest.json"),
      JSON.stringify({ chatVersion: "abc123" })
    )

    const asset = await loadWidgetAsset("chat.js", dist)

    expect(asset?.version).toBe("abc123")
    expect(asset?.variants.br?.body.toString()).toBe("br-bytes")
    expect(asset?.variants.gzip?.body.toString()).toBe("gz-bytes")
    const tags = [
      asset?.variants.identity.etag,
      asset?.variants.br?.etag,
      asset?.variants.gzip?.etag,
    ]
    expect(new Set(tags).size).toBe(3)
  })

  it("serves the plain file alone when no compressed copy was built, and null when nothing was", async () => {
    await writeFile(path.join(dist, "loader.js"), "1")

    const asset = await loadWidgetAsset("loader.js", dist)

    expect(Object.keys(asset?.variants ?? {})).toEqual(["identity"])
    expect(asset?.version).toBeNull()
    expect(await loadWidgetAsset("chat.js", dist)).toBeNull()
  })
})
