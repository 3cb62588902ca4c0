#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:classifier`: how well and how fast the built-in classifier labels shoppers'
 * messages.
 *
 *   node bench/classifier.js [--rounds 200] [--mistakes]
 *
 * Reads the labelled corpus in bench/fixtures/classifier-corpus-*.tsv (language, sentiment, topic,
 * flags, text; `pl-nd` marks Polish typed without diacritics). Those messages are not the
 * classifier's training seed (src/modules/helpdesk/classifier/seed-corpus.ts). Prints accuracy and
 * macro-F1 for sentiment and topic per language, and the time per message over --rounds passes
 * of the whole corpus. --mistakes lists every message labelled differently.
 */
const fs = require("node:fs")
const path = require("node:path")
const Module = require("node:module")
const esbuild = require("esbuild")
const lib = require("./lib")

const TARGETS = { sentiment: 0.85, topic: 0.8, microseconds: 200 }
const ROOT = path.resolve(__dirname, "..")

/** The classifier's TypeScript, bundled for Node in memory. */
function loadClassifier() {
  const entry = path.join(ROOT, "src/modules/helpdesk/classifier/builtin.ts")
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    logLevel: "silent",
  })
  const mod = new Module(entry)
  // @ts-expect-error _compile is Node's own loader entry, not in its public types
  mod._compile(outputFiles[0].text, entry)
  return mod.exports
}

/** @typedef {{ lang: string, sentiment: string, topic: string, flags: string[], text: string }} Sample */

/** @returns {Sample[]} */
function readCorpus() {
  const dir = path.join(__dirname, "fixtures")
  return fs
    .readdirSync(dir)
    .filter((f) => /^classifier-corpus-.*\.tsv$/.test(f))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), "utf8")
        .split("\n")
        .filter((line) => line.trim() && !line.startsWith("#"))
        .map((line) => {
          const [lang, sentiment, topic, flags, text] = line.split("\t")
          return {
            lang,
            sentiment,
            topic,
            flags: flags === "-" ? [] : flags.split(","),
            text,
          }
        })
    )
}

/** @param {{ expected: string, actual: string }[]} pairs */
function scores(pairs) {
  const labels = [...new Set(pairs.map((p) => p.expected))]
  const correct = pairs.filter((p) => p.expected === p.actual).length
  const f1s = labels.map((label) => {
    const tp = pairs.filter(
      (p) => p.expected === label && p.actual === label
    ).length
    const fp = pairs.filter(
      (p) => p.expected !== label && p.actual === label
    ).length
    const fn = pairs.filter(
      (p) => p.expected === label && p.actual !== label
    ).length
    const precision = tp + fp ? tp / (tp + fp) : 0
    const recall = tp + fn ? tp / (tp + fn) : 0
    return precision + recall
      ? (2 * precision * recall) / (precision + recall)
      : 0
  })
  return {
    accuracy: correct / pairs.length,
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
  }
}

lib.runMain("classifier", async () => {
  const { rounds, mistakes } = lib.parseArgs(process.argv.slice(2), {
    rounds: 200,
    mistakes: false,
  })
  const started = Date.now()
  const { BuiltinClassifier } = loadClassifier()
  const classifier = new BuiltinClassifier()
  const startupMs = Date.now() - started
  const corpus = readCorpus()
  const results = corpus.map((sample) => ({
    sample,
    out: classifier.classifySync(sample.text, {
      locale: sample.lang.startsWith("pl") ? "pl" : "en",
    }),
  }))

  const groups = [
    ["English", (/** @type {Sample} */ s) => s.lang === "en"],
    ["Polish", (/** @type {Sample} */ s) => s.lang.startsWith("pl")],
    [
      "  of which without diacritics",
      (/** @type {Sample} */ s) => s.lang === "pl-nd",
    ],
  ]
  const rows = groups.map(([name, test]) => {
    const picked = results.filter((r) =>
      /** @type {(s: Sample) => boolean} */ (test)(r.sample)
    )
    const sentiment = scores(
      picked.map((r) => ({
        expected: r.sample.sentiment,
        actual: r.out.sentiment.label,
      }))
    )
    const topic = scores(
      picked.map((r) => ({
        expected: r.sample.topic,
        actual: r.out.topics[0].id,
      }))
    )
    const language = picked.filter(
      (r) => r.out.language === (r.sample.lang.startsWith("pl") ? "pl" : "en")
    ).length
    return {
      name: /** @type {string} */ (name),
      n: picked.length,
      sentiment,
      topic,
      language,
    }
  })

  const flagged = results.filter((r) => r.sample.flags.length)
  const flagsFound = flagged.filter((r) =>
    r.sample.flags.every((f) => r.out.sentiment.flags.includes(f))
  ).length
  const falseFlags = results.filter((r) =>
    r.out.sentiment.flags.some(
      (/** @type {string} */ f) => !r.sample.flags.includes(f)
    )
  ).length

  // timing: every message classified `rounds` times, after one warm-up pass
  for (const s of corpus) {
    classifier.classifySync(s.text)
  }
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < Number(rounds); i++) {
    for (const s of corpus) {
      classifier.classifySync(s.text)
    }
  }
  const micros =
    Number(process.hrtime.bigint() - t0) /
    1000 /
    (Number(rounds) * corpus.length)

  const m = lib.machine()
  const fmt = (/** @type {number} */ n) => n.toFixed(3)
  const verdict = (/** @type {boolean} */ ok) => (ok ? "PASS" : "MISS")
  console.log(
    `Classifier bench: built-in classifier (offline, EN + PL) on ${corpus.length} labelled messages ` +
      `(${rows[0].n} English, ${rows[1].n} Polish of which ${rows[2].n} without diacritics), ` +
      `none of them in the training seed`
  )
  console.log(
    `machine: ${m.cores} cores (${m.model}), Node ${m.node}; load average ${m.load}; start-up (training) ${startupMs} ms`
  )
  console.log("")
  console.log(
    "| messages | n | sentiment accuracy | sentiment macro-F1 | topic accuracy | topic macro-F1 | language detected | targets |"
  )
  console.log("|:--|--:|--:|--:|--:|--:|--:|:--|")
  for (const row of rows) {
    const targeted = !row.name.startsWith(" ")
    const ok =
      row.sentiment.accuracy >= TARGETS.sentiment &&
      row.topic.accuracy >= TARGETS.topic
    console.log(
      `| ${row.name} | ${row.n} | ${fmt(row.sentiment.accuracy)} | ${fmt(row.sentiment.macroF1)} | ` +
        `${fmt(row.topic.accuracy)} | ${fmt(row.topic.macroF1)} | ${row.language}/${row.n} | ` +
        `${targeted ? `${verdict(ok)} (sentiment ≥ ${TARGETS.sentiment}, topic ≥ ${TARGETS.topic})` : ""} |`
    )
  }
  console.log("")
  console.log(
    `flags: ${flagsFound}/${flagged.length} flagged messages found with every flag; ` +
      `${falseFlags} messages given a flag they should not have`
  )
  console.log(
    `time per message: ${micros.toFixed(1)} µs (${rounds} passes of the corpus, one process) — ` +
      `${verdict(micros <= TARGETS.microseconds)} (≤ ${TARGETS.microseconds} µs)`
  )

  if (mistakes) {
    console.log("")
    for (const { sample, out } of results) {
      const s = out.sentiment.label !== sample.sentiment
      const t = out.topics[0].id !== sample.topic
      if (s || t) {
        console.log(
          `${sample.lang}\t${s ? `${sample.sentiment}→${out.sentiment.label}(${out.sentiment.score})` : "ok"}\t` +
            `${t ? `${sample.topic}→${out.topics.map((/** @type {{id: string}} */ x) => x.id).join("+")}` : "ok"}\t${sample.text}`
        )
      }
    }
  }
  const pass = rows
    .slice(0, 2)
    .every(
      (r) =>
        r.sentiment.accuracy >= TARGETS.sentiment &&
        r.topic.accuracy >= TARGETS.topic
    )
  return pass && micros <= TARGETS.microseconds ? 0 : 1
})
