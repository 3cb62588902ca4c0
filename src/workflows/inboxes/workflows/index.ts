export * from "./create-inboxes"
export * from "./delete-inboxes"
export * from "./update-inboxes"
