export * from "./append-message"
export * from "./load-message-ticket"
export * from "./publish-message"
