export * from "./prepare-message-classifications"
export * from "./save-message-classifications"
