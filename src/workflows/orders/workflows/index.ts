export * from "./link-ticket-order"
export * from "./unlink-ticket-order"
