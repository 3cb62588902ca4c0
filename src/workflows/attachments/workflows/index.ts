export * from "./upload-attachments"
export * from "./delete-unsent-attachments"
