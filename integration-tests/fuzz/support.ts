import { request } from "node:http"

export type RawResponse = {
  status: number
  ms: number
  body: string
  json: { type?: unknown; message?: unknown } | null
}

/**
 * One HTTP request with exactly these bytes: no client-side encoding, normalisation or JSON
 * handling, so malformed paths and bodies reach the server as written.
 */
export function send(
  baseUrl: string,
  {
    method,
    path,
    headers = {},
    body,
  }: {
    method: string
    path: string
    headers?: Record<string, string>
    body?: string
  }
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: {
          ...headers,
          ...(body !== undefined
            ? { "content-length": String(Buffer.byteLength(body)) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let json: RawResponse["json"] = null
          try {
            json = JSON.parse(text) as RawResponse["json"]
          } catch {
            json = null
          }
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            body: text,
            json,
          })
        })
        res.on("error", reject)
      }
    )
    req.setTimeout(30_000, () => req.destroy(new Error("no answer in 30 s")))
    req.on("error", reject)
    if (body !== undefined) {
      req.write(body)
    }
    req.end()
  })
}

type Knex = {
  raw(sql: string): Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * A fingerprint of every helpdesk table and link table: row count and the latest
 * updated_at/deleted_at of each. Two equal fingerprints mean nothing was written between them.
 */
export async function fingerprinter(db: Knex): Promise<() => Promise<string>> {
  const { rows } = await db.raw(`
    select table_name,
      bool_or(column_name = 'updated_at') as has_updated,
      bool_or(column_name = 'deleted_at') as has_deleted
    from information_schema.columns
    where table_schema = current_schema() and table_name like '%helpdesk%'
    group by table_name order by table_name`)
  if (!rows.length) {
    throw new Error("no helpdesk tables to fingerprint")
  }
  const parts = rows.map((row) => {
    const table = `"${String(row.table_name)}"`
    const updated = row.has_updated ? "max(updated_at)::text" : "''"
    const deleted = row.has_deleted ? "max(deleted_at)::text" : "''"
    return `(select '${String(row.table_name)}:' || count(*) || '/' || coalesce(${updated}, '') || '/' || coalesce(${deleted}, '') from ${table})`
  })
  const sql = `select ${parts.join(" || '|' || ")} as f`
  return async () => {
    await settled(db)
    return String((await db.raw(sql)).rows[0].f)
  }
}

/**
 * Waits (at most 5 s) until the work that accepted requests start after answering is done: the
 * classifier labels each new shopper message (and its ticket first) from a subscriber, and a
 * refused request must not be blamed for those writes.
 */
async function settled(db: Knex): Promise<void> {
  const until = Date.now() + 5000
  while (Date.now() < until) {
    const { rows } = await db.raw(
      `select exists (select 1 from helpdesk_message where author_type = 'customer' and kind = 'message' and classified_by is null and deleted_at is null) as pending`
    )
    if (!rows[0].pending) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Which tables differ between two fingerprints. */
export function changedTables(before: string, after: string): string[] {
  const a = new Set(before.split("|"))
  return after
    .split("|")
    .filter((part) => !a.has(part))
    .map((part) => part.split(":")[0])
}
