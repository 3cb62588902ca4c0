// @ts-check
/**
 * Seeds the orders bench through Medusa's own modules (`medusa exec ./bench/seed-orders.js`):
 * BENCH_ORDERS orders spread over BENCH_EMAILS shoppers' e-mails (every third typed with capitals,
 * as shoppers do), and one ticket per shopper for the first BENCH_TICKETS e-mails. Prints
 * `BENCH_SEED={…}` with the tickets' ids and e-mails.
 */
const { Modules } = require("@medusajs/framework/utils")

const BATCH = 250

/** @param {number} i */
const emailOf = (i) => `shopper${String(i).padStart(5, "0")}@bench.example.com`

/** "Shopper00042@Bench.example.com" for every third order: the case the shopper typed. */
const typed = (/** @type {string} */ email, /** @type {number} */ n) =>
  n % 3 === 0 ? email.replace(/^s/, "S").replace("@bench", "@Bench") : email

/** @param {{ container: import("@medusajs/framework/types").MedusaContainer }} args */
async function seedOrders({ container }) {
  const orders = Number(process.env.BENCH_ORDERS || 20000)
  const emails = Number(process.env.BENCH_EMAILS || 5000)
  const tickets = Number(process.env.BENCH_TICKETS || 200)
  /** @type {import("@medusajs/framework/types").IOrderModuleService} */
  const orderModule = container.resolve(Modules.ORDER)
  const helpdesk = container.resolve("helpdesk")

  const started = Date.now()
  for (let from = 0; from < orders; from += BATCH) {
    const batch = []
    for (let n = from; n < Math.min(orders, from + BATCH); n++) {
      const shopper = n % emails
      batch.push({
        email: typed(emailOf(shopper), n),
        currency_code: "pln",
        items: [
          {
            title: n % 2 ? "Kubek emaliowany" : "Torba płócienna",
            quantity: 1 + (n % 3),
            unit_price: n % 2 ? 39 : 49,
            variant_sku: n % 2 ? "MUG-1" : "BAG-1",
          },
        ],
      })
    }
    await orderModule.createOrders(batch)
  }
  const ordersSeconds = (Date.now() - started) / 1000

  const created = await helpdesk.createHelpdeskTickets(
    Array.from({ length: tickets }, (_, i) => ({
      subject: "Where is my order?",
      customer_email: emailOf(i),
      customer_name: `Shopper ${i}`,
    }))
  )
  process.stdout.write(
    `BENCH_SEED=${JSON.stringify({
      ordersSeconds,
      tickets: created.map(
        (/** @type {{ id: string, customer_email: string }} */ t) => ({
          id: t.id,
          email: t.customer_email,
        })
      ),
    })}\n`
  )
}

// the shape of a compiled ES module, which `medusa exec` looks for
Object.defineProperty(exports, "__esModule", { value: true })
exports.default = seedOrders
