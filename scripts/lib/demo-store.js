// @ts-check
/**
 * The demo's storefront: a few plain pages on their own origin with the channel's embed code
 * pasted in, exactly as a merchant would, so the chat can be tried from a shopper's side.
 * `/checkout` is on the channel's blacklist, so the bubble stays away there.
 */
const http = require("node:http")

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) =>
      /** @type {Record<string, string>} */ ({
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
      })[c]
  )

const PAGES = /** @type {Record<string, { title: string, body: string }>} */ ({
  "/": {
    title: "Demo store",
    body: `<p>Welcome! This page has the helpdesk's embed code pasted in: the chat bubble is at the bottom right.</p>
<ul><li><a href="/products/mug">Enamel mug</a></li><li><a href="/products/tote">Canvas tote</a></li><li><a href="/checkout">Checkout</a> (the channel hides the chat here)</li></ul>`,
  },
  "/products/mug": {
    title: "Enamel mug — Demo store",
    body: `<p>Enamel mug, 350 ml. 12.00 EUR.</p><p><a href="/">Back to the shop</a></p>`,
  },
  "/products/tote": {
    title: "Canvas tote — Demo store",
    body: `<p>Canvas tote bag. 18.00 EUR.</p><p><a href="/">Back to the shop</a></p>`,
  },
  "/checkout": {
    title: "Checkout — Demo store",
    body: `<p>Checkout. The channel's page rules hide the chat on <code>/checkout*</code>.</p><p><a href="/">Back to the shop</a></p>`,
  },
})

/**
 * Serves the pages on `port`, each with `embedCode` before `</body>`.
 * @param {{ port: number, embedCode: string }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
function startDemoStore({ port, embedCode }) {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname
    const page = PAGES[pathname]
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" })
      res.end("Not found")
      return
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
    res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body><h1>${escapeHtml(page.title)}</h1>
${page.body}
${embedCode}
</body></html>`)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () =>
      resolve({
        url: `http://localhost:${port}`,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    )
  })
}

module.exports = { startDemoStore }
