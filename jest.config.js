const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const TEST_MATCH = {
  unit: [
    "**/src/**/__tests__/**/*.unit.spec.[jt]s",
    "**/storefront-snippet/__tests__/**/*.unit.spec.[jt]s",
  ],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/*.spec.[jt]s"],
  "integration:fuzz": ["**/integration-tests/fuzz/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/*.spec.[jt]s"],
  "integration:cluster": ["**/integration-tests/cluster/*.spec.[jt]s"],
}

const testType = process.env.TEST_TYPE || "unit"

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: TEST_MATCH[testType],
  // module and unit specs ending in .unit.spec must not run twice
  testPathIgnorePatterns:
    testType === "integration:modules"
      ? ["/node_modules/", "\\.unit\\.spec\\.[jt]s$"]
      : ["/node_modules/"],
}
