export * from "./create-channels"
export * from "./delete-channels"
export * from "./update-channels"
