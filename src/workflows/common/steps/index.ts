export * from "./validate-users-exist"
export * from "./emit-chat-events"
