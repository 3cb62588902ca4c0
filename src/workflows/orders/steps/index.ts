export * from "./prepare-ticket-order-link"
