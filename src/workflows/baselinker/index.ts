export * from "./steps"
export * from "./utils/errors"
export * from "./workflows"
