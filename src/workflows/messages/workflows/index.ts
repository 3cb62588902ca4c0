export * from "./send-message"
export * from "./send-visitor-messages"
