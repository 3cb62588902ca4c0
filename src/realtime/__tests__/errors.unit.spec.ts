import { MedusaError } from "@medusajs/framework/utils"
import { serializeError } from "@medusajs/framework/utils"
import { isTransientDatabaseError, reportFailure } from "../errors"

describe("isTransientDatabaseError", () => {
  it.each([
    [
      "a serialization failure",
      { code: "40001", message: "could not serialize access" },
    ],
    ["a deadlock", { code: "40P01", message: "deadlock detected" }],
    [
      "an administrator shutdown",
      {
        code: "57P01",
        message: "terminating connection due to administrator command",
      },
    ],
    [
      "a server starting up",
      { code: "57P03", message: "the database system is starting up" },
    ],
    ["a reset connection", { code: "ECONNRESET", message: "read ECONNRESET" }],
    [
      "a refused connection",
      { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" },
    ],
    ["a lost connection", { message: "Connection terminated unexpectedly" }],
    ["a wrapped cause", { message: "step failed", cause: { code: "40P01" } }],
  ])("counts %s as transient", (_, err) => {
    expect(isTransientDatabaseError(err)).toBe(true)
  })

  it("recognises a transient error that a workflow run serialized", () => {
    const err = Object.assign(new Error("terminating connection"), {
      code: "57P01",
    })
    expect(isTransientDatabaseError(serializeError(err))).toBe(true)
  })

  it.each([
    [
      "bad data",
      {
        code: "22021",
        message: 'invalid byte sequence for encoding "UTF8": 0x00',
      },
    ],
    ["a unique violation", { code: "23505", message: "duplicate key value" }],
    [
      "a domain error",
      new MedusaError(MedusaError.Types.NOT_FOUND, "Ticket was not found."),
    ],
    ["nothing", undefined],
  ])("does not count %s as transient", (_, err) => {
    expect(isTransientDatabaseError(err)).toBe(false)
  })
})

describe("reportFailure", () => {
  it("logs an internal error with the event, the ticket and an error id that the answer carries, without the body", () => {
    const lines: string[] = []
    const error = reportFailure(
      { error: (line: string) => void lines.push(line) },
      { namespace: "visitor", event: "message:send", ticket_id: "hdt_1" },
      Object.assign(
        new Error('invalid byte sequence for encoding "UTF8": 0x00'),
        {
          code: "22021",
          body: "secret body",
        }
      )
    )
    expect(error).toMatchObject({
      code: "internal",
      error_id: expect.stringMatching(/^hderr_/),
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain("message:send")
    expect(lines[0]).toContain("hdt_1")
    expect(lines[0]).toContain(error.error_id)
    expect(lines[0]).toContain("22021")
    expect(lines[0]).not.toContain("secret body")
  })

  it("passes a domain error through with its sentence and logs nothing", () => {
    const lines: string[] = []
    const error = reportFailure(
      { error: (line: string) => void lines.push(line) },
      { namespace: "agent", event: "replay", ticket_id: "hdt_1" },
      new MedusaError(MedusaError.Types.NOT_FOUND, "Ticket was not found.")
    )
    expect(error).toEqual({
      code: "not_found",
      message: "Ticket was not found.",
    })
    expect(lines).toEqual([])
  })
})
