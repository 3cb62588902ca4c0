export * from "./create-contacts"
export * from "./delete-contacts"
export * from "./update-contacts"
