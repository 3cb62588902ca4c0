export * from "./create-teams"
export * from "./delete-teams"
export * from "./update-teams"
