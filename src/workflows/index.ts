export * from "./channels"
export * from "./messages"
export * from "./realtime"
export * from "./tickets"
