export * from "./send-message"
