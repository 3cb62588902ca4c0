export * from "./append-message"
export * from "./publish-message"
export * from "./append-messages"
export * from "./publish-messages"
