export * from "./create-attachments"
export * from "./link-message-attachments"
export * from "./validate-message-attachments"
export * from "./retire-unsent-attachments"
