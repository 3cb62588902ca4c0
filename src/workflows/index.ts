export * from "./channels"
export * from "./messages"
export * from "./tickets"
