export * from "./record-visitor-seen"
export * from "./send-chat-reply-email"
