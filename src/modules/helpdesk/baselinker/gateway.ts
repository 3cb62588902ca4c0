import type { BaselinkerClient } from "./client"
import { BlockCircuit } from "./circuit"
import type { Clock } from "./clock"
import { BaselinkerError, BaselinkerHeldBack } from "./errors"
import { takeWithin, type CallBudget } from "./limiter"
import {
  parseOrders,
  parseStatuses,
  type BaselinkerOrder,
  type BaselinkerStatus,
} from "./parser"

/** A request never waits longer than this for the budget; past it, it is answered from cache. */
export const MAX_BUDGET_WAIT_MS = 2_000

export type GetOrdersParams = {
  filter_email?: string
  date_from?: number
  date_confirmed_from?: number
  order_id?: number
  status_id?: number
  get_unconfirmed_orders?: boolean
}

/**
 * Every BaseLinker call of the process goes through here: the circuit first (no call while
 * the account is blocked), then the budget (never more than the limit in any minute), then
 * the client. `ERROR_USER_ACCOUNT_BLOCKED` opens the circuit.
 */
export class BaselinkerGateway {
  /** unix ms of the last call BaseLinker answered with SUCCESS */
  lastSuccessAt: number | null = null

  constructor(
    private readonly client: BaselinkerClient,
    readonly budget: CallBudget,
    readonly circuit: BlockCircuit,
    readonly clock: Clock,
    private readonly maxWaitMs = MAX_BUDGET_WAIT_MS
  ) {}

  async call(
    method: string,
    parameters: Record<string, unknown> = {}
  ): Promise<Record<string, unknown>> {
    const pass = this.circuit.pass()
    if (!pass.ok) {
      throw new BaselinkerHeldBack("blocked", pass.retry_at)
    }
    let taken
    try {
      taken = await takeWithin(this.budget, this.clock, this.maxWaitMs)
    } catch (error) {
      this.circuit.failed()
      throw error
    }
    if (!taken.ok) {
      this.circuit.failed()
      throw new BaselinkerHeldBack("rate_limited", taken.retry_at)
    }
    try {
      const result = await this.client.call(method, parameters)
      this.circuit.succeeded()
      this.lastSuccessAt = this.clock.now()
      return result
    } catch (error) {
      if (error instanceof BaselinkerError && error.isAccountBlocked) {
        this.circuit.blocked()
      } else {
        this.circuit.failed()
      }
      throw error
    }
  }

  async getOrders(params: GetOrdersParams): Promise<BaselinkerOrder[]> {
    return parseOrders(await this.call("getOrders", params))
  }

  async getOrderStatusList(): Promise<BaselinkerStatus[]> {
    return parseStatuses(await this.call("getOrderStatusList"))
  }

  async setOrderStatus(orderId: number, statusId: number): Promise<void> {
    await this.call("setOrderStatus", {
      order_id: orderId,
      status_id: statusId,
    })
  }
}
