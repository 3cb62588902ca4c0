import { clientIp } from "../client-ip"

describe("clientIp", () => {
  it("counts the connection's own address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientIp("203.0.113.7", "198.51.100.1, 198.51.100.2", 0)).toBe(
      "203.0.113.7"
    )
  })

  it("takes the address the one trusted proxy saw, not what the client wrote before it", () => {
    // the client wrote 1.2.3.4 itself; the proxy appended the address it saw
    expect(clientIp("10.0.0.2", "1.2.3.4, 203.0.113.7", 1)).toBe("203.0.113.7")
  })

  it("walks one entry further left per trusted proxy", () => {
    expect(clientIp("10.0.0.3", "1.2.3.4, 203.0.113.7, 10.0.0.2", 2)).toBe(
      "203.0.113.7"
    )
  })

  it("reads a header sent several times as one list", () => {
    expect(clientIp("10.0.0.2", ["1.2.3.4", "203.0.113.7"], 1)).toBe(
      "203.0.113.7"
    )
  })

  it("falls back to the connection's address when a trusted proxy added nothing", () => {
    expect(clientIp("203.0.113.7", undefined, 1)).toBe("203.0.113.7")
  })

  it("treats an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(clientIp("::ffff:203.0.113.7", undefined, 0)).toBe("203.0.113.7")
  })
})
