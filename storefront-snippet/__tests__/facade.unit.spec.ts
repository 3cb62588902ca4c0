import { createFacade, type Commands } from "../facade"

const commands = (): jest.Mocked<Commands> => ({
  init: jest.fn(),
  open: jest.fn(),
  close: jest.fn(),
  shutdown: jest.fn(),
  identify: jest.fn(),
  reset: jest.fn(),
  on: jest.fn<() => void, Parameters<Commands["on"]>>(() => () => undefined),
})

describe("createFacade", () => {
  let warn: jest.SpyInstance
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined)
  })
  afterEach(() => warn.mockRestore())

  it("passes well-formed calls on", () => {
    const c = commands()
    const helpdesk = createFacade(c)
    const listener = () => undefined
    helpdesk("init", {
      channelId: "hdch_1",
      backendUrl: "https://api.example.com",
    })
    helpdesk("open")
    helpdesk("close")
    helpdesk("identify", "token")
    helpdesk("on", "message", listener)
    helpdesk("reset")
    helpdesk("shutdown")
    expect(c.init).toHaveBeenCalledWith(
      { channelId: "hdch_1", backendUrl: "https://api.example.com" },
      undefined
    )
    expect(c.open).toHaveBeenCalled()
    expect(c.close).toHaveBeenCalled()
    expect(c.identify).toHaveBeenCalledWith("token", undefined)
    expect(c.on).toHaveBeenCalledWith("message", listener)
    expect(c.reset).toHaveBeenCalled()
    expect(c.shutdown).toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
  })

  it("takes a token, a function giving one, or null (logged out) for identify", () => {
    const c = commands()
    const helpdesk = createFacade(c)
    const renew = () => Promise.resolve("token")
    helpdesk("identify", renew)
    helpdesk("identify", null)
    expect(c.identify.mock.calls.map(([source]) => source)).toEqual([
      renew,
      null,
    ])
    helpdesk("identify")
    helpdesk("identify", { token: "x" })
    expect(c.identify).toHaveBeenCalledTimes(2)
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it("warns about bad calls instead of running them", () => {
    const c = commands()
    const helpdesk = createFacade(c)
    helpdesk("init", { channelId: "hdch_1" })
    helpdesk("init", { channelId: "", backendUrl: "https://api.example.com" })
    helpdesk("init", { channelId: "hdch_1", backendUrl: "javascript:alert(1)" })
    helpdesk("init")
    helpdesk("identify", 42)
    helpdesk("identify", "")
    helpdesk("on", "message")
    helpdesk("on", "click", () => undefined)
    helpdesk("toString")
    helpdesk("__proto__")
    expect(c.init).not.toHaveBeenCalled()
    expect(c.identify).not.toHaveBeenCalled()
    expect(c.on).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledTimes(10)
    expect(warn.mock.calls[0][0]).toBe(
      '[Helpdesk] bad call: Helpdesk("init", ...)'
    )
  })

  it("never throws into the store's code", () => {
    const c = commands()
    c.open.mockImplementation(() => {
      throw new Error("boom")
    })
    const helpdesk = createFacade(c)
    expect(() => helpdesk("open")).not.toThrow()
    expect(() => helpdesk(Symbol("x") as unknown as string)).not.toThrow()
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it("marks itself so a second loader.js leaves it alone", () => {
    expect(createFacade(commands()).loaded).toBe(true)
  })
})
