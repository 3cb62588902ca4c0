import { sniffAttachmentType } from "../file-type"

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((p) =>
      typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p
    )
  )

describe("sniffAttachmentType", () => {
  it("recognises JPEG, PNG, GIF, WebP and PDF by their first bytes", () => {
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe(
      "image/jpeg"
    )
    expect(
      sniffAttachmentType(
        bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])
      )
    ).toBe("image/png")
    expect(sniffAttachmentType(bytes("GIF89a", [1, 0]))).toBe("image/gif")
    expect(sniffAttachmentType(bytes("GIF87a"))).toBe("image/gif")
    expect(
      sniffAttachmentType(bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "))
    ).toBe("image/webp")
    expect(sniffAttachmentType(bytes("%PDF-1.7\n"))).toBe("application/pdf")
  })

  it("refuses SVG, HTML, a RIFF that is not WebP and truncated signatures", () => {
    expect(sniffAttachmentType(bytes("<svg xmlns="))).toBeNull()
    expect(sniffAttachmentType(bytes("<!DOCTYPE html><html>"))).toBeNull()
    expect(
      sniffAttachmentType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))
    ).toBeNull()
    expect(sniffAttachmentType(bytes([0x89, 0x50, 0x4e]))).toBeNull()
    expect(sniffAttachmentType(new Uint8Array())).toBeNull()
  })
})
