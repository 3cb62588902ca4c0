import { spawn, type ChildProcess } from "node:child_process"
import Redis from "ioredis"
import { findFreePort } from "../../scripts/lib/postgres"

const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"

export async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  redis.on("error", () => undefined)
  try {
    await redis.connect()
    return (await redis.ping()) === "PONG"
  } catch {
    return false
  } finally {
    redis.disconnect()
  }
}

/**
 * A Redis for tests: REDIS_URL, else one on the default port, else a redis-server started
 * for the test file (no persistence) and stopped by `stop`.
 */
export async function findRedis(): Promise<{
  url: string
  stop: () => Promise<unknown>
}> {
  if (process.env.REDIS_URL) {
    if (!(await redisAnswers(process.env.REDIS_URL))) {
      throw new Error(
        `REDIS_URL is set to ${process.env.REDIS_URL}, but nothing answers there`
      )
    }
    return { url: process.env.REDIS_URL, stop: async () => undefined }
  }
  if (await redisAnswers(DEFAULT_REDIS_URL)) {
    return { url: DEFAULT_REDIS_URL, stop: async () => undefined }
  }
  let server: Awaited<ReturnType<typeof startRedis>>
  try {
    server = await startRedis(await findFreePort(16379))
  } catch (error) {
    throw new Error(
      `these tests need Redis: set REDIS_URL, run one on ${DEFAULT_REDIS_URL}, or put redis-server on PATH (${String(error)})`
    )
  }
  return { url: server.url, stop: server.kill }
}

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
