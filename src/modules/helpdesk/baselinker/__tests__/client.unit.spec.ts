import { startBaselinkerDouble } from "../../../../../integration-tests/fixtures/baselinker-double"
import { BaselinkerClient } from "../client"
import { BaselinkerError } from "../errors"

const TOKEN = "5000123-5000456-SECRETTOKEN"

type Double = Awaited<ReturnType<typeof startBaselinkerDouble>>
let double: Double
beforeAll(async () => {
  double = await startBaselinkerDouble({ token: TOKEN })
})
afterAll(async () => {
  await double.stop()
})

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error as BaselinkerError
  }
  throw new Error("the call succeeded")
}

describe("BaseLinker client", () => {
  it("posts method and JSON parameters as a form with the token in X-BLToken", async () => {
    const client = new BaselinkerClient({ token: TOKEN, apiUrl: double.url })
    const body = await client.call("getOrderStatusList")
    expect(body.status).toBe("SUCCESS")
    expect(Array.isArray(body.statuses)).toBe(true)
    await client.call("getOrders", { filter_email: "jan@example.com" })
    expect(double.calls.at(-1)).toMatchObject({
      method: "getOrders",
      parameters: { filter_email: "jan@example.com" },
      status: "SUCCESS",
    })
  })

  it("turns an HTTP 200 with status ERROR into an api error carrying error_code, without the token", async () => {
    const client = new BaselinkerClient({ token: TOKEN, apiUrl: double.url })
    const unknown = await failureOf(client.call("getEverything"))
    expect(unknown).toBeInstanceOf(BaselinkerError)
    expect(unknown).toMatchObject({
      kind: "api",
      method: "getEverything",
      error_code: "ERROR_UNKNOWN_METHOD",
    })

    const wrongToken = new BaselinkerClient({
      token: "wrong-token-value",
      apiUrl: double.url,
    })
    const refused = await failureOf(wrongToken.call("getOrders"))
    expect(refused.kind).toBe("api")
    expect(`${refused.message} ${JSON.stringify(refused)}`).not.toContain(
      "wrong-token-value"
    )
    expect(JSON.stringify(wrongToken)).not.toContain("wrong-token-value")
  })

  it("tells a non-2xx answer, a timeout and an unreachable server apart", async () => {
    const wrongPath = new BaselinkerClient({
      token: TOKEN,
      apiUrl: double.url.replace("connector.php", "index.php"),
    })
    expect(await failureOf(wrongPath.call("getOrders"))).toMatchObject({
      kind: "http",
      status: 404,
    })

    double.state.latencyMs = 500
    const impatient = new BaselinkerClient({
      token: TOKEN,
      apiUrl: double.url,
      timeoutMs: 100,
    })
    expect((await failureOf(impatient.call("getOrders"))).kind).toBe("timeout")
    double.state.latencyMs = 0

    const nowhere = new BaselinkerClient({
      token: TOKEN,
      apiUrl: "http://127.0.0.1:9/connector.php",
    })
    expect((await failureOf(nowhere.call("getOrders"))).kind).toBe("network")
  })
})
