export * from "./channels"
