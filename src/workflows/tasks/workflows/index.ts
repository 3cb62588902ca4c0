export * from "./create-tasks"
export * from "./delete-tasks"
export * from "./update-tasks"
