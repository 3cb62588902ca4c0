/**
 * What the cluster specs share: a private redis-server that a test may stop and start again,
 * and a JSON POST that throws on an error answer.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { redisAnswers } from "./redis"
import type { Received } from "./sockets"

/**
 * A `redis-server` of the test file's own on a free port, so that it can be stopped and started
 * again mid-test while the machine's Redis stays up.
 */
export async function startRedis(port: number): Promise<{
  url: string
  kill: () => Promise<unknown>
}> {
  const child: ChildProcess = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { stdio: "ignore" }
  )
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const spawned = await new Promise<boolean>((resolve) => {
    child.once("spawn", () => resolve(true))
    child.once("error", () => resolve(false))
  })
  if (!spawned) {
    throw new Error("these tests need redis-server on PATH")
  }
  const url = `redis://127.0.0.1:${port}`
  const until = Date.now() + 10_000
  while (!(await redisAnswers(url))) {
    if (Date.now() > until) {
      child.kill("SIGKILL")
      throw new Error(`redis-server on port ${port} did not answer within 10 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    // SIGKILL: the instances see Redis vanish, not a polite shutdown
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL")
        await exited
      }
    },
  }
}

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
