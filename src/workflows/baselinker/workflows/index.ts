export * from "./refresh-baselinker-caches"
export * from "./set-baselinker-order-status"
