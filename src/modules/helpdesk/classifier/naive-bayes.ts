/**
 * Multinomial naive Bayes with Laplace smoothing: learns from a few examples per class at start-up
 * and answers in microseconds. Answers a probability per class.
 */
export class NaiveBayes<TClass extends string> {
  private readonly counts = new Map<TClass, Map<string, number>>()
  private readonly totals = new Map<TClass, number>()
  private readonly documents = new Map<TClass, number>()
  private readonly vocabulary = new Set<string>()
  private documentCount = 0

  learn(features: string[], label: TClass): void {
    let counts = this.counts.get(label)
    if (!counts) {
      counts = new Map()
      this.counts.set(label, counts)
    }
    for (const feature of features) {
      counts.set(feature, (counts.get(feature) ?? 0) + 1)
      this.vocabulary.add(feature)
    }
    this.totals.set(label, (this.totals.get(label) ?? 0) + features.length)
    this.documents.set(label, (this.documents.get(label) ?? 0) + 1)
    this.documentCount++
  }

  /** Posterior probability per class; features never seen in training are ignored. */
  probabilities(features: string[]): Map<TClass, number> {
    const known = features.filter((f) => this.vocabulary.has(f))
    const vocabularySize = this.vocabulary.size
    const logs = new Map<TClass, number>()
    for (const [label, counts] of this.counts) {
      const total = this.totals.get(label) ?? 0
      let log = Math.log((this.documents.get(label) ?? 0) / this.documentCount)
      for (const feature of known) {
        log += Math.log(
          ((counts.get(feature) ?? 0) + 1) / (total + vocabularySize)
        )
      }
      logs.set(label, log)
    }
    const max = Math.max(...logs.values())
    let sum = 0
    const out = new Map<TClass, number>()
    for (const [label, log] of logs) {
      const p = Math.exp(log - max)
      out.set(label, p)
      sum += p
    }
    for (const [label, p] of out) {
      out.set(label, p / sum)
    }
    return out
  }

  /** How many of the features the model has seen at all. */
  knownShare(features: string[]): number {
    if (!features.length) {
      return 0
    }
    return (
      features.filter((f) => this.vocabulary.has(f)).length / features.length
    )
  }
}
