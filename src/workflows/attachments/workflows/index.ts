export * from "./upload-attachments"
