import type { MessageClassifier } from "../../../types/classification"
import type { ClassifierOptions } from "../../../types/options"
import { BuiltinClassifier } from "./builtin"
import { OpenAiClassifier } from "./openai"

export { BuiltinClassifier, BUILTIN_CLASSIFIER_ID } from "./builtin"
export { OpenAiClassifier, maskPersonalData } from "./openai"

/** The classifier the module option `classifier` names: the built-in one by default. */
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
