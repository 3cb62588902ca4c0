import http from "node:http"
import type { AddressInfo } from "node:net"
import { BuiltinClassifier } from "../builtin"
import { createClassifier } from "../index"
import { OpenAiClassifier, maskPersonalData } from "../openai"

/** The parts of a chat-completions request the tests read. */
type SentBody = {
  model: string
  temperature: number
  response_format: {
    type: string
    json_schema: {
      strict: boolean
      schema: {
        properties: {
          sentiment: { enum: string[] }
          topics: { items: { properties: { id: { enum: string[] } } } }
        }
      }
    }
  }
}

type Reply = { status?: number; body?: unknown; delayMs?: number; raw?: string }

/** A local OpenAI-compatible chat-completions endpoint that answers what the test says. */
async function startEndpoint() {
  const requests: {
    url?: string
    headers: http.IncomingHttpHeaders
    body: SentBody
  }[] = []
  let reply: Reply = {}
  const server = http.createServer((req, res) => {
    let data = ""
    req.on("data", (c) => (data += c))
    req.on("end", () => {
      requests.push({
        url: req.url,
        headers: req.headers,
        body: JSON.parse(data),
      })
      setTimeout(() => {
        res.writeHead(reply.status ?? 200, {
          "content-type": "application/json",
        })
        res.end(reply.raw ?? JSON.stringify(reply.body))
      }, reply.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    answer: (r: Reply) => (reply = r),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const completion = (content: unknown) => ({
  choices: [
    { message: { role: "assistant", content: JSON.stringify(content) } },
  ],
})

describe("the OpenAI-compatible classifier", () => {
  let endpoint: Awaited<ReturnType<typeof startEndpoint>>
  const fallbacks: string[] = []
  let classifier: OpenAiClassifier

  beforeAll(async () => {
    endpoint = await startEndpoint()
    classifier = new OpenAiClassifier(
      {
        baseUrl: endpoint.baseUrl,
        apiKey: "sk-test-secret",
        model: "small-model",
        timeoutMs: 300,
      },
      new BuiltinClassifier(),
      (reason) => fallbacks.push(reason)
    )
  })
  afterAll(() => endpoint.close())
  beforeEach(() => {
    endpoint.requests.length = 0
    fallbacks.length = 0
  })

  it("asks for JSON-schema output over the fixed labels and uses the answer", async () => {
    endpoint.answer({
      body: completion({
        language: "pl",
        sentiment: "negative",
        flags: ["threatening"],
        topics: [
          { id: "complaint_damaged", confidence: 0.4 },
          { id: "refund", confidence: 0.9 },
        ],
      }),
    })
    const out = await classifier.classify(
      "Towar uszkodzony, idę do rzecznika",
      { locale: "pl" }
    )
    expect(out).toEqual({
      language: "pl",
      sentiment: { label: "negative", score: -0.7, flags: ["threatening"] },
      topics: [
        { id: "refund", confidence: 0.9 },
        { id: "complaint_damaged", confidence: 0.4 },
      ],
      provider: "openai:small-model",
    })
    const [request] = endpoint.requests
    expect(request.url).toBe("/v1/chat/completions")
    expect(request.headers.authorization).toBe("Bearer sk-test-secret")
    expect(request.body.model).toBe("small-model")
    expect(request.body.temperature).toBe(0)
    expect(request.body.response_format.type).toBe("json_schema")
    expect(request.body.response_format.json_schema.strict).toBe(true)
    const schema = request.body.response_format.json_schema.schema
    expect(schema.properties.sentiment.enum).toEqual([
      "positive",
      "neutral",
      "negative",
    ])
    expect(schema.properties.topics.items.properties.id.enum).toContain(
      "complaint_damaged"
    )
    expect(fallbacks).toEqual([])
  })

  it.each([
    ["an HTTP error", { status: 500, body: { error: "boom" } }],
    [
      "an answer that is not JSON",
      { body: { choices: [{ message: { content: "I think negative" } }] } },
    ],
    [
      "a label outside the schema",
      {
        body: completion({
          language: "pl",
          sentiment: "furious",
          flags: [],
          topics: [{ id: "other", confidence: 1 }],
        }),
      },
    ],
    ["a body without choices", { body: {} }],
    ["a body that is not JSON", { raw: "<html>bad gateway</html>" }],
    [
      "an answer slower than the timeout",
      { delayMs: 1000, body: completion({}) },
    ],
  ])("falls back to the built-in classifier on %s", async (_, reply) => {
    endpoint.answer(reply as Reply)
    const out = await classifier.classify("Dziękuję bardzo, świetna obsługa!")
    expect(out.provider).toBe("builtin@1")
    expect(out.sentiment.label).toBe("positive")
    expect(fallbacks).toHaveLength(1)
    expect(fallbacks[0]).not.toContain("sk-test-secret")
  })

  it("falls back when nothing listens at the address", async () => {
    const offline = createClassifier(
      {
        provider: "openai",
        baseUrl: "http://127.0.0.1:9/v1",
        model: "m",
        timeoutMs: 300,
      },
      (reason) => fallbacks.push(reason)
    )
    const out = await offline.classify("Where is my order?")
    expect(out.provider).toBe("builtin@1")
    expect(out.topics[0].id).toBe("order_status")
    expect(fallbacks).toHaveLength(1)
  })

  it("keeps e-mail addresses and phone or card numbers out of what it sends", async () => {
    endpoint.answer({
      body: completion({
        language: "en",
        sentiment: "neutral",
        flags: [],
        topics: [{ id: "other", confidence: 1 }],
      }),
    })
    await classifier.classify(
      "Write to jan.kowalski@example.com or call +48 600 100 200"
    )
    const sent = JSON.stringify(endpoint.requests[0].body)
    expect(sent).not.toContain("jan.kowalski@example.com")
    expect(sent).not.toContain("600 100 200")
    expect(maskPersonalData("order 1042 for a@b.pl")).toBe(
      "order 1042 for [email]"
    )
  })

  it("is the built-in classifier unless the options name the endpoint", () => {
    expect(createClassifier(undefined).id).toBe("builtin@1")
    expect(createClassifier({ provider: "builtin" }).id).toBe("builtin@1")
  })
})
