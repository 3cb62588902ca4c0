/**
 * BaseLinker answers with loose types: the same price arrives as 79 or "89.00", flags as
 * true, 1 or "1", and an empty value as "" rather than null. These readers accept every form
 * seen from live accounts and fall back to a neutral value instead of failing a whole answer
 * over one odd field.
 */

type Loose = unknown

/** A number from a number or a numeric string; `fallback` for "", null and anything else. */
export function toNumber(value: Loose, fallback = 0): number {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : fallback
  }
  if (typeof value === "string") {
    const trimmed = value.trim().replace(",", ".")
    if (trimmed === "") {
      return fallback
    }
    const n = Number(trimmed)
    return Number.isFinite(n) ? n : fallback
  }
  return fallback
}

/** A whole number (ids, unix seconds, quantities). */
export function toInt(value: Loose, fallback = 0): number {
  return Math.trunc(toNumber(value, fallback))
}

/** true, 1, "1", "true" and "yes" are true; everything else is false. */
export function toBool(value: Loose): boolean {
  if (typeof value === "boolean") {
    return value
  }
  if (typeof value === "number") {
    return value === 1
  }
  if (typeof value === "string") {
    return ["1", "true", "yes"].includes(value.trim().toLowerCase())
  }
  return false
}

/** A string, or null for "", null and non-scalars. Numbers become their decimal form. */
export function toText(value: Loose): string | null {
  if (typeof value === "string") {
    return value === "" ? null : value
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    return String(value)
  }
  return null
}

const record = (value: Loose): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

const list = (value: Loose): unknown[] => {
  if (Array.isArray(value)) {
    return value
  }
  // PHP serialises a list with gaps as an object keyed by index
  if (value && typeof value === "object") {
    return Object.values(value)
  }
  return []
}

export type BaselinkerOrderProduct = {
  name: string
  sku: string | null
  quantity: number
  /** gross price of one item */
  price_brutto: number
}

export type BaselinkerOrder = {
  order_id: number
  order_status_id: number
  /** unix seconds */
  date_add: number
  /** unix seconds; the paging key of getOrders */
  date_confirmed: number
  confirmed: boolean
  email: string | null
  currency: string
  delivery_price: number
  payment_done: number
  payment_method_cod: boolean
  order_page: string | null
  pick_state: number
  pack_state: number
  products: BaselinkerOrderProduct[]
}

export type BaselinkerStatus = {
  id: number
  name: string
  color: string | null
}

export function parseProduct(raw: Loose): BaselinkerOrderProduct {
  const p = record(raw)
  return {
    name: toText(p.name) ?? "",
    sku: toText(p.sku),
    quantity: toInt(p.quantity, 1),
    price_brutto: toNumber(p.price_brutto),
  }
}

/** One order of a getOrders answer; null when it has no usable order_id. */
export function parseOrder(raw: Loose): BaselinkerOrder | null {
  const o = record(raw)
  const orderId = toInt(o.order_id)
  if (orderId <= 0) {
    return null
  }
  return {
    order_id: orderId,
    order_status_id: toInt(o.order_status_id),
    date_add: toInt(o.date_add),
    date_confirmed: toInt(o.date_confirmed),
    confirmed: toBool(o.confirmed),
    email: toText(o.email),
    currency: (toText(o.currency) ?? "").toUpperCase(),
    delivery_price: toNumber(o.delivery_price),
    payment_done: toNumber(o.payment_done),
    payment_method_cod: toBool(o.payment_method_cod),
    order_page: toText(o.order_page),
    // live accounts send pick_state/pack_state, the documentation's sample pick_status/pack_status
    pick_state: toInt(o.pick_state ?? o.pick_status),
    pack_state: toInt(o.pack_state ?? o.pack_status),
    products: list(o.products).map(parseProduct),
  }
}

export function parseOrders(body: Record<string, unknown>): BaselinkerOrder[] {
  return list(body.orders).flatMap((o) => {
    const order = parseOrder(o)
    return order ? [order] : []
  })
}

export function parseStatuses(
  body: Record<string, unknown>
): BaselinkerStatus[] {
  return list(body.statuses).flatMap((raw) => {
    const s = record(raw)
    const id = toInt(s.id)
    if (id <= 0) {
      return []
    }
    const color = toText(s.color)
    return [
      {
        id,
        name: toText(s.name) ?? `Status ${id}`,
        color:
          color && /^#?[0-9a-f]{3,8}$/i.test(color)
            ? color.startsWith("#")
              ? color
              : `#${color}`
            : null,
      },
    ]
  })
}

/** The order's gross total: BaseLinker returns item prices and delivery, not a total. */
export function orderTotal(order: BaselinkerOrder): number {
  const items = order.products.reduce(
    (sum, p) => sum + p.price_brutto * p.quantity,
    0
  )
  return Math.round((items + order.delivery_price) * 100) / 100
}
