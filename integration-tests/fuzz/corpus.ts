/**
 * The malformed inputs thrown at every route and socket event. Generated, but the same on
 * every run: the only randomness is a seeded generator, so a failure names a case that can be
 * replayed.
 */

/** mulberry32: a tiny seeded generator, enough to vary strings reproducibly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = seeded(20261202)
const ALPHABET =
  "abcdefghijklmnopqrstuvwxyzĄąĘęŁłŻż0123456789 <>&\"'`;:,.!?()[]{}|\\/*%$#@~^-_=+\n\t😀"

/** A reproducible string of `length` characters drawn from letters, markup and punctuation. */
export function noise(length: number): string {
  const chars = [...ALPHABET]
  let out = ""
  while (out.length < length) {
    out += chars[Math.floor(random() * chars.length)]
  }
  return out.slice(0, length)
}

export type Variant = { label: string; value: unknown }

/** Strings PostgreSQL cannot store. */
export const UNSTORABLE_STRINGS: Variant[] = [
  { label: "NUL byte", value: "a\u0000b" },
  { label: "only a NUL byte", value: "\u0000" },
  { label: "lone high surrogate", value: "broken \ud83d emoji" },
  { label: "lone low surrogate", value: "\ude00 tail" },
]

/** Strings a careless query builder would execute. */
export const INJECTION_STRINGS: Variant[] = [
  { label: "SQL quote", value: "' OR 1=1 --" },
  { label: "SQL statement", value: "x'); DROP TABLE helpdesk_ticket; --" },
  { label: "tsquery operators", value: "a & | ! ( ) <-> :* b" },
  { label: "tsquery weights", value: "foo:A & !bar:*" },
  { label: "only tsquery operators", value: "&|!():*<->" },
  { label: "LIKE wildcards", value: "%_%\\" },
  { label: "JSON path", value: "$.a[*] ? (@ > 1)" },
  { label: "markup", value: "<img src=x onerror=alert(1)>" },
  { label: "right-to-left override", value: "\u202egnp.exe" },
]

/** Values of the wrong type for any field. */
export const WRONG_TYPES: Variant[] = [
  { label: "null", value: null },
  { label: "true", value: true },
  { label: "zero", value: 0 },
  { label: "negative number", value: -1 },
  { label: "huge number", value: 1e308 },
  { label: "unsafe integer", value: 9007199254740993 },
  { label: "fraction", value: 0.5 },
  { label: "empty string", value: "" },
  { label: "whitespace", value: "   " },
  { label: "numeric string", value: "12" },
  { label: "array of strings", value: ["a", "b"] },
  { label: "empty array", value: [] },
  { label: "object", value: { $ne: null } },
  { label: "nested object", value: { a: { b: { c: 1 } } } },
]

export const HUGE_STRINGS: Variant[] = [
  { label: "6,000 characters", value: noise(6000) },
  { label: "60,000 characters", value: noise(60_000) },
]

/** Every variant one field gets. */
export const FIELD_VARIANTS: Variant[] = [
  ...UNSTORABLE_STRINGS,
  ...INJECTION_STRINGS,
  ...WRONG_TYPES,
  ...HUGE_STRINGS,
]

/** A JSON text nested `depth` levels deep (too deep for a naive recursive walk). */
export const deeplyNested = (depth: number, open = "[", close = "]") =>
  open.repeat(depth) + close.repeat(depth)

export const deeplyNestedObject = (depth: number) =>
  '{"a":'.repeat(depth) + "1" + "}".repeat(depth)

/** Raw bodies: the bytes and the content type they are sent with. */
export type RawBody = { label: string; body: string; contentType?: string }

/** Whole bodies that are not the object a route expects, merged into `valid` where it helps. */
export function rawBodies(valid: Record<string, unknown>): RawBody[] {
  const json = JSON.stringify(valid)
  const inner = json.slice(1, -1)
  const withKey = (key: string) => `{${inner}${inner ? "," : ""}${key}}`
  return [
    { label: "invalid JSON", body: '{"a":', contentType: "application/json" },
    {
      label: "JSON with a trailing comma",
      body: `{${inner},}`,
      contentType: "application/json",
    },
    { label: "empty JSON body", body: "", contentType: "application/json" },
    { label: "JSON null", body: "null", contentType: "application/json" },
    { label: "JSON array", body: "[]", contentType: "application/json" },
    {
      label: "JSON array of the body",
      body: `[${json}]`,
      contentType: "application/json",
    },
    { label: "JSON string", body: '"text"', contentType: "application/json" },
    { label: "JSON number", body: "42", contentType: "application/json" },
    {
      label: "NUL escape in raw JSON",
      body: '{"a":"\\u0000"}',
      contentType: "application/json",
    },
    {
      label: "NUL escape in a key",
      body: withKey('"k\\u0000":1'),
      contentType: "application/json",
    },
    {
      label: "lone surrogate escape in raw JSON",
      body: withKey('"x":"\\ud800"'),
      contentType: "application/json",
    },
    {
      label: "raw NUL byte in JSON",
      body: `{${inner}${inner ? "," : ""}"x":"a\u0000b"}`,
      contentType: "application/json",
    },
    {
      label: "__proto__ key",
      body: withKey('"__proto__":{"isAdmin":true}'),
      contentType: "application/json",
    },
    {
      label: "constructor.prototype key",
      body: withKey('"constructor":{"prototype":{"isAdmin":true}}'),
      contentType: "application/json",
    },
    {
      label: "duplicate keys",
      body: withKey(`"${Object.keys(valid)[0] ?? "a"}":{"$ne":null}`),
      contentType: "application/json",
    },
    {
      label: "array nested 5,000 deep",
      body: `{${inner}${inner ? "," : ""}"x":${deeplyNested(5000)}}`,
      contentType: "application/json",
    },
    {
      label: "object nested 2,000 deep",
      body: deeplyNestedObject(2000),
      contentType: "application/json",
    },
    {
      label: "200 KB JSON",
      body: JSON.stringify({ ...valid, x: noise(200_000) }),
      contentType: "application/json",
    },
    { label: "JSON sent as text/plain", body: json, contentType: "text/plain" },
    {
      label: "form-encoded body",
      body: "a=1&b[c]=2&__proto__[x]=1&constructor[prototype][y]=2",
      contentType: "application/x-www-form-urlencoded",
    },
    {
      label: "form-encoded NUL",
      body: "name=%00&subject=%00",
      contentType: "application/x-www-form-urlencoded",
    },
    {
      label: "multipart garbage",
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--',
      contentType: "multipart/form-data; boundary=b",
    },
    { label: "XML", body: "<a><b>1</b></a>", contentType: "application/xml" },
    { label: "JSON without a content type", body: json },
    {
      label: "JSON as an unknown charset",
      body: json,
      contentType: "application/json; charset=klingon",
    },
  ]
}

/**
 * The variants one field gets: the unstorable strings and the commonest wrong types for every
 * field, and the rest of the corpus spread over the fields in turn, so that a route with many
 * fields costs a few requests per field rather than the whole corpus per field.
 */
const ALWAYS: Variant[] = [
  ...UNSTORABLE_STRINGS.slice(0, 3),
  ...WRONG_TYPES.filter((v) =>
    [
      "null",
      "zero",
      "huge number",
      "empty string",
      "array of strings",
      "object",
    ].includes(v.label)
  ),
]
const ROTATING: Variant[] = FIELD_VARIANTS.filter((v) => !ALWAYS.includes(v))

export function variantsFor(
  fieldIndex: number,
  pool: Variant[] = ROTATING,
  take = 4
): Variant[] {
  return [
    ...ALWAYS,
    ...Array.from(
      { length: Math.min(take, pool.length) },
      (_, i) => pool[(fieldIndex * take + i) % pool.length]
    ),
  ]
}

/** Bodies derived from a valid one, a field at a time. */
export function fieldBodies(
  valid: Record<string, unknown>,
  pool: Variant[] = ROTATING
): { label: string; body: Record<string, unknown> }[] {
  const out: { label: string; body: Record<string, unknown> }[] = []
  for (const [index, field] of Object.keys(valid).entries()) {
    const { [field]: _dropped, ...rest } = valid
    out.push({ label: `without ${field}`, body: rest })
    for (const variant of variantsFor(index, pool)) {
      out.push({
        label: `${field}: ${variant.label}`,
        body: { ...valid, [field]: variant.value },
      })
    }
    out.push({
      label: `${field}: array of the valid value`,
      body: { ...valid, [field]: [valid[field], valid[field]] },
    })
  }
  out.push({ label: "an unknown field", body: { ...valid, zz_unknown: 1 } })
  out.push({
    label: "a key with a NUL byte",
    body: { ...valid, ["k\u0000"]: "v" },
  })
  out.push({ label: "nothing", body: {} })
  return out
}

/** Query strings (already encoded) any route gets. */
export const QUERY_CASES: { label: string; query: string }[] = [
  { label: "q with a NUL byte", query: "q=a%00b" },
  { label: "q of only a NUL byte", query: "q=%00" },
  {
    label: "q with tsquery operators",
    query: `q=${encodeURIComponent("a & | ! ( ) <-> :* b")}`,
  },
  {
    label: "q of only tsquery operators",
    query: `q=${encodeURIComponent("&|!():*")}`,
  },
  {
    label: "q with an SQL quote",
    query: `q=${encodeURIComponent("' OR 1=1 --")}`,
  },
  {
    // longer, and Node's HTTP parser answers 431 before the application sees the request
    label: "q of 2,000 characters",
    query: `q=${encodeURIComponent(noise(2000))}`,
  },
  { label: "q repeated", query: "q=a&q=b" },
  { label: "q as an object", query: "q[$ne]=x" },
  { label: "malformed escape in the query", query: "q=%ZZ&limit=%E0%A4%A" },
  { label: "invalid UTF-8 in the query", query: "q=%ED%A0%80" },
  { label: "negative limit", query: "limit=-1" },
  { label: "zero limit", query: "limit=0" },
  { label: "huge limit", query: "limit=100000000" },
  { label: "limit beyond a bigint", query: "limit=99999999999999999999999" },
  { label: "fractional limit", query: "limit=1.5" },
  { label: "limit as text", query: "limit=abc" },
  { label: "limit repeated", query: "limit=1&limit=2" },
  { label: "negative offset", query: "offset=-5" },
  { label: "huge offset", query: "offset=1e20" },
  { label: "offset as text", query: "offset=NaN" },
  { label: "fields of an unknown relation", query: "fields=*nonexistent" },
  { label: "fields with a NUL byte", query: "fields=id%00" },
  { label: "fields of __proto__", query: "fields=__proto__,constructor" },
  { label: "order by an unknown column", query: "order=-nonexistent" },
  {
    label: "order with SQL",
    query: `order=${encodeURIComponent("id; DROP TABLE x")}`,
  },
  { label: "order with a NUL byte", query: "order=%00" },
  { label: "with_deleted as text", query: "with_deleted=maybe" },
  { label: "an id filter with a NUL byte", query: "id=%00" },
  { label: "an id filter as an operator", query: "id[$ne]=x" },
  {
    label: "an id filter with 500 values",
    query: Array.from({ length: 500 }, (_, i) => `id=${i}`).join("&"),
  },
  { label: "status filter unknown", query: "status=bogus" },
  { label: "status filter with a NUL byte", query: "status=open%00" },
  { label: "channel_id filter with a NUL byte", query: "channel_id=%00" },
  {
    label: "tag_id filter with an SQL quote",
    query: `tag_id=${encodeURIComponent("' OR 1=1 --")}`,
  },
  { label: "assignee_id with a NUL byte", query: "assignee_id=%00" },
  { label: "email with a NUL byte", query: "email=a%00%40b.c" },
  { label: "blocked as text", query: "blocked=maybe" },
  { label: "view unknown", query: "view=__proto__" },
  { label: "after_seq beyond 32 bits", query: "after_seq=2147483648" },
  { label: "negative after_seq", query: "after_seq=-1" },
  { label: "after_seq as text", query: "after_seq=abc" },
  { label: "after_seq of 1e400", query: "after_seq=1e400" },
  {
    label: "__proto__ in the query",
    query: "__proto__[isAdmin]=1&__proto__=x",
  },
  {
    label: "constructor.prototype in the query",
    query: "constructor[prototype][isAdmin]=1",
  },
  { label: "a query nested 10 deep", query: `a${"[a]".repeat(10)}=1` },
]

/** Values for a path parameter. */
export const PATH_PARAM_CASES: { label: string; value: string }[] = [
  { label: "malformed percent-escape", value: "%ZZ" },
  { label: "truncated percent-escape", value: "abc%E0%A4%A" },
  { label: "a lone percent sign", value: "%" },
  { label: "an encoded NUL byte", value: "a%00b" },
  { label: "invalid UTF-8 (an encoded surrogate)", value: "%ED%A0%80" },
  { label: "an unknown id", value: "hdxx_01ZZZZZZZZZZZZZZZZZZZZZZ" },
  { label: "an SQL quote", value: encodeURIComponent("' OR 1=1 --") },
  { label: "an encoded slash", value: "..%2F..%2Fetc" },
  { label: "__proto__", value: "__proto__" },
  { label: "an id of 3,000 characters", value: "x".repeat(3000) },
]

/**
 * The socket server drops a client whose packet exceeds its 64 KB buffer; payloads stay below
 * that (the drop itself is checked on its own).
 */
const SOCKET_FIELD_VARIANTS: Variant[] = [
  ...ROTATING.filter((v) => !HUGE_STRINGS.includes(v)),
  { label: "6,000 characters", value: noise(6000) },
  { label: "30,000 characters", value: noise(30_000) },
]

/** Socket payloads for an event, from a valid one. */
export function socketPayloads(
  valid: Record<string, unknown>
): { label: string; payload: unknown }[] {
  return [
    { label: "no payload", payload: undefined },
    { label: "null payload", payload: null },
    { label: "a string payload", payload: "text" },
    { label: "a number payload", payload: 42 },
    { label: "an array payload", payload: [valid] },
    { label: "an empty object", payload: {} },
    { label: "a binary payload", payload: Buffer.from([0, 1, 2, 255]) },
    {
      label: "nested 40 deep",
      payload: JSON.parse(deeplyNestedObject(40)) as unknown,
    },
    {
      label: "__proto__ key",
      payload: JSON.parse(
        `{${JSON.stringify(valid).slice(1, -1)},"__proto__":{"isAdmin":true}}`
      ) as unknown,
    },
    ...fieldBodies(valid, SOCKET_FIELD_VARIANTS).map(({ label, body }) => ({
      label,
      payload: body,
    })),
  ]
}

/** Query cases for after_seq-style numbers on a socket. */
export const SEQ_VARIANTS: Variant[] = [
  { label: "after_seq beyond 32 bits", value: 2147483648 },
  { label: "after_seq of 2^53", value: 9007199254740992 },
  { label: "after_seq Infinity-like", value: 1e308 },
  { label: "after_seq as a numeric string", value: "5" },
]
