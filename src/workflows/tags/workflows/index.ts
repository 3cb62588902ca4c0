export * from "./create-tags"
export * from "./delete-tags"
export * from "./update-tags"
