import type { MessageClassifier } from "../../../types/classification"
import { BuiltinClassifier } from "./builtin"
import { OpenAiClassifier, type OpenAiClassifierOptions } from "./openai"

export { BuiltinClassifier, BUILTIN_CLASSIFIER_ID } from "./builtin"
export { OpenAiClassifier, maskPersonalData } from "./openai"

/** The module option `classifier`: the built-in one by default. */
export type ClassifierOptions =
  { provider?: "builtin" } | ({ provider: "openai" } & OpenAiClassifierOptions)

export function createClassifier(
  options: ClassifierOptions | undefined,
  onFallback?: (reason: string) => void
): MessageClassifier {
  const builtin = new BuiltinClassifier()
  if (options?.provider === "openai") {
    return new OpenAiClassifier(options, builtin, onFallback)
  }
  return builtin
}
