export * from "./create-projects"
export * from "./delete-projects"
export * from "./update-projects"
export * from "./validate-projects-exist"
