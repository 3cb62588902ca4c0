import { BlockCircuit } from "../circuit"
import { ManualClock } from "../clock"

describe("block circuit", () => {
  it("lets calls through until a block, then none for five minutes", () => {
    const clock = new ManualClock()
    const circuit = new BlockCircuit(clock)
    expect(circuit.pass()).toEqual({ ok: true })
    circuit.succeeded()

    circuit.blocked()
    const until = clock.now() + 5 * 60_000
    expect(circuit.state).toBe("open")
    expect(circuit.pass()).toEqual({ ok: false, retry_at: until })
    clock.advance(5 * 60_000 - 1)
    expect(circuit.pass().ok).toBe(false)
    expect(circuit.retryAt).toBe(until)
  })

  it("after the pause lets exactly one probe through; its success closes the circuit", () => {
    const clock = new ManualClock()
    const circuit = new BlockCircuit(clock)
    circuit.blocked()
    clock.advance(5 * 60_000)
    expect(circuit.state).toBe("half_open")
    expect(circuit.pass()).toEqual({ ok: true })
    expect(circuit.pass().ok).toBe(false)
    circuit.succeeded()
    expect(circuit.state).toBe("closed")
    expect(circuit.pass().ok).toBe(true)
  })

  it("a probe that is blocked again opens a new pause; one that fails otherwise lets the next look probe", () => {
    const clock = new ManualClock()
    const circuit = new BlockCircuit(clock)
    circuit.blocked()
    clock.advance(5 * 60_000)
    expect(circuit.pass().ok).toBe(true)
    circuit.blocked()
    expect(circuit.state).toBe("open")
    expect(circuit.retryAt).toBe(clock.now() + 5 * 60_000)

    clock.advance(5 * 60_000)
    expect(circuit.pass().ok).toBe(true)
    circuit.failed()
    expect(circuit.state).toBe("half_open")
    expect(circuit.pass().ok).toBe(true)
  })
})
