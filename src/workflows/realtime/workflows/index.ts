export * from "./refresh-agent-rooms"
