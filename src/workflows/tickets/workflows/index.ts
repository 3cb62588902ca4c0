export * from "./open-ticket"
export * from "./start-conversation"
