export * from "./classify-ticket-messages"
