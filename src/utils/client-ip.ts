/**
 * The address a per-IP limit counts. X-Forwarded-For is written by whoever sends the request,
 * so only the entries appended by proxies we run can be believed: with `hops` trusted proxies
 * the client is the entry that many places from the right, where the connection's own address
 * is the last. With no trusted proxy the header is ignored.
 */
export function clientIp(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number
): string {
  const direct = normalize(remoteAddress ?? "") || "unknown"
  if (hops <= 0) {
    return direct
  }
  const header = Array.isArray(forwardedFor)
    ? forwardedFor.join(",")
    : (forwardedFor ?? "")
  const chain = [
    ...header
      .split(",")
      .map((entry) => normalize(entry.trim()))
      .filter(Boolean),
    direct,
  ]
  // a chain shorter than the proxies we trust means a proxy was skipped: take its far end
  return chain[Math.max(0, chain.length - 1 - hops)]
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client. */
function normalize(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address
}
