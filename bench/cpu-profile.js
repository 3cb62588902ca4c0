// @ts-check
/**
 * Loaded into the server with `--require` (NODE_OPTIONS) when a bench runs with --cpu-prof:
 * the first SIGUSR2 starts V8's CPU profiler, the next one (or the exit) writes
 * `<HELPDESK_CPU_PROF_DIR>/<label>-<pid>-<n>.cpuprofile`, which Chrome DevTools and
 * speedscope open. Only the phase between the two signals is profiled.
 */
const fs = require("node:fs")
const path = require("node:path")
const inspector = require("node:inspector")

const dir = process.env.HELPDESK_CPU_PROF_DIR || process.cwd()
const session = new inspector.Session()
session.connect()
let running = false
let n = 0

function stop() {
  if (!running) {
    return
  }
  running = false
  // an in-process session answers synchronously, so this works in an exit handler too
  session.post("Profiler.stop", (err, result) => {
    if (!err && result) {
      const file = path.join(dir, `server-${process.pid}-${++n}.cpuprofile`)
      fs.writeFileSync(file, JSON.stringify(result.profile))
      console.error(`[cpu-profile] wrote ${file}`)
    }
  })
}

process.on("SIGUSR2", () => {
  if (running) {
    stop()
    return
  }
  running = true
  session.post("Profiler.enable", () =>
    session.post("Profiler.setSamplingInterval", { interval: 200 }, () =>
      session.post("Profiler.start")
    )
  )
})
process.on("exit", stop)
