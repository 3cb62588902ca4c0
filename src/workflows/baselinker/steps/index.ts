export * from "./prepare-baselinker-status-change"
export * from "./refresh-baselinker-caches"
export * from "./set-baselinker-order-status"
export * from "./update-cached-baselinker-order"
