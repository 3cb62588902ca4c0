export * from "./append-message"
export * from "./publish-message"
