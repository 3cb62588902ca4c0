export * from "./validate-users-exist"
