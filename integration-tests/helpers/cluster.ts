/**
 * What the cluster specs share: a private redis-server that a test may stop and start again
 * (`startRedis`, from ./redis), and a JSON POST that throws on an error answer.
 */
export { startRedis } from "./redis"
import type { Received } from "./sockets"

export async function call<T = Record<string, unknown>>(
  url: string,
  route: string,
  {
    token,
    body,
    origin,
  }: { token?: string; body?: unknown; origin?: string } = {}
): Promise<T> {
  const res = await fetch(`${url}${route}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(origin ? { origin } : {}),
    },
    body: JSON.stringify(body ?? {}),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(
      `POST ${route} answered ${res.status}: ${JSON.stringify(data)}`
    )
  }
  return data as T
}

export const events = (received: Received[], name: string) =>
  received.filter((r) => r.event === name).map((r) => r.payload)
