import { BaselinkerError } from "./errors"

export const DEFAULT_BASELINKER_API_URL =
  "https://api.baselinker.com/connector.php"

export type BaselinkerClientOptions = {
  token: string
  apiUrl?: string
  timeoutMs?: number
}

/**
 * The BaseLinker connector: one endpoint for every method, a form-encoded POST of `method`
 * and `parameters` (JSON) with the token in the X-BLToken header. BaseLinker answers HTTP
 * 200 for its own errors too, with `status: "ERROR"`, `error_code` and `error_message`;
 * those, non-2xx answers, timeouts and unreadable bodies all become a `BaselinkerError`.
 *
 * The client only talks; the budget and the circuit live in `BaselinkerGateway`.
 */
export class BaselinkerClient {
  readonly #token: string
  readonly apiUrl: string
  readonly timeoutMs: number

  constructor({ token, apiUrl, timeoutMs }: BaselinkerClientOptions) {
    // a private field: the token is left out of logs and JSON of the client
    this.#token = token
    this.apiUrl = apiUrl || DEFAULT_BASELINKER_API_URL
    this.timeoutMs = timeoutMs ?? 10_000
  }

  async call(
    method: string,
    parameters: Record<string, unknown> = {}
  ): Promise<Record<string, unknown>> {
    const body = new URLSearchParams({
      method,
      parameters: JSON.stringify(parameters),
    })
    let response: Response
    try {
      response = await fetch(this.apiUrl, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded; charset=utf-8",
          "x-bltoken": this.#token,
        },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (error) {
      const name = (error as { name?: string }).name
      if (name === "TimeoutError" || name === "AbortError") {
        throw new BaselinkerError(
          "timeout",
          method,
          `BaseLinker did not answer ${method} within ${this.timeoutMs} ms.`
        )
      }
      throw new BaselinkerError(
        "network",
        method,
        `BaseLinker could not be reached for ${method}.`
      )
    }

    let text: string
    try {
      text = await response.text()
    } catch {
      throw new BaselinkerError(
        "network",
        method,
        `The answer of BaseLinker to ${method} was cut off.`
      )
    }
    if (!response.ok) {
      throw new BaselinkerError(
        "http",
        method,
        `BaseLinker answered ${method} with HTTP ${response.status}.`,
        { status: response.status }
      )
    }

    let envelope: unknown
    try {
      envelope = JSON.parse(text)
    } catch {
      envelope = null
    }
    if (!envelope || typeof envelope !== "object" || Array.isArray(envelope)) {
      throw new BaselinkerError(
        "parse",
        method,
        `BaseLinker's answer to ${method} is not JSON.`
      )
    }
    const result = envelope as Record<string, unknown>
    if (result.status === "SUCCESS") {
      return result
    }
    const code =
      typeof result.error_code === "string" && result.error_code
        ? result.error_code
        : "ERROR_UNKNOWN"
    const message =
      typeof result.error_message === "string" && result.error_message
        ? result.error_message
        : "no message"
    throw new BaselinkerError(
      "api",
      method,
      `BaseLinker refused ${method}: ${message} (${code}).`,
      { error_code: code }
    )
  }
}
