export * from "./mark-replies-emailed"
export * from "./prepare-chat-reply-email"
export * from "./record-visitor-seen"
