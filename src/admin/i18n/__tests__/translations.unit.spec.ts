import fs from "node:fs"
import path from "node:path"
import en from "../json/en.json"
import pl from "../json/pl.json"
import resources from ".."
import { formatRelative, languageName } from "../../lib/locale"
import {
  ADMIN_DIR,
  adminSourceFiles,
  findUntranslated,
  moduleLevelLookups,
  usedKeys,
} from "./translation-scan"

type Tree = { [key: string]: string | Tree }

const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"]
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join("|")})$`)

/** "helpdesk.inbox.ticketCount_few" → its text, for every leaf. */
const flatten = (tree: Tree, prefix = ""): Map<string, string> => {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") {
      out.set(full, value)
    } else {
      for (const [k, v] of flatten(value, full)) {
        out.set(k, v)
      }
    }
  }
  return out
}

/** Keys without their plural suffix, each with the forms it has (empty when not plural). */
const baseKeys = (flat: Map<string, string>) => {
  const bases = new Map<string, Set<string>>()
  for (const key of flat.keys()) {
    const form = key.match(PLURAL_SUFFIX)?.[1]
    const base = form ? key.slice(0, -form.length - 1) : key
    const forms = bases.get(base) ?? new Set<string>()
    if (form) {
      forms.add(form)
    }
    bases.set(base, forms)
  }
  return bases
}

/** `{{count, number}}` → "count"; `<kbd>` → "<kbd>": what a translation must keep. */
const placeholders = (text: string) =>
  [
    ...[...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]),
    ...[...text.matchAll(/<\/?(\w+)\s*\/?>/g)].map((m) => `<${m[1]}>`),
  ].sort()

/** The placeholders of a key across all its plural forms. */
const placeholdersOf = (flat: Map<string, string>, base: string) =>
  [
    ...new Set(
      [...flat.entries()]
        .filter(
          ([key]) => key === base || key.replace(PLURAL_SUFFIX, "") === base
        )
        .flatMap(([, text]) => placeholders(text))
    ),
  ].sort()

/** Where a mismatch is: keys one language has and the other lacks, and placeholders that differ. */
export const compareLanguages = (a: Tree, b: Tree) => {
  const flatA = flatten(a)
  const flatB = flatten(b)
  const basesA = baseKeys(flatA)
  const basesB = baseKeys(flatB)
  return {
    onlyInA: [...basesA.keys()].filter((k) => !basesB.has(k)),
    onlyInB: [...basesB.keys()].filter((k) => !basesA.has(k)),
    placeholders: [...basesA.keys()]
      .filter((k) => basesB.has(k))
      .filter(
        (k) =>
          placeholdersOf(flatA, k).join() !== placeholdersOf(flatB, k).join()
      ),
  }
}

/** Plural keys lacking a form the language's plural rules need (Polish: one, few, many, other). */
const missingPluralForms = (tree: Tree, language: string) => {
  const needed = new Intl.PluralRules(language).resolvedOptions()
    .pluralCategories as string[]
  const missing: string[] = []
  for (const [base, forms] of baseKeys(flatten(tree))) {
    if (forms.size) {
      for (const form of needed) {
        if (!forms.has(form)) {
          missing.push(`${base}_${form}`)
        }
      }
    }
  }
  return missing
}

/** Keys the code uses that English does not define (a plural key is defined by its forms). */
const undefinedKeys = (keys: string[], tree: Tree) => {
  const bases = baseKeys(flatten(tree))
  return keys.filter((key) => !bases.has(key))
}

const read = (file: string) => fs.readFileSync(file, "utf8")
const relative = (file: string) => path.relative(ADMIN_DIR, file)

describe("the Admin's translations", () => {
  it("registers English and Polish with the dashboard's default namespace", () => {
    expect(Object.keys(resources).sort()).toEqual(["en", "pl"])
    expect(resources.en.translation).toBe(en)
    expect(resources.pl.translation).toBe(pl)
  })

  it("keeps every key under helpdesk., so none shadows one of Medusa's", () => {
    expect(Object.keys(en)).toEqual(["helpdesk"])
    expect(Object.keys(pl)).toEqual(["helpdesk"])
  })

  it("gives English and Polish the same keys with the same placeholders", () => {
    expect(compareLanguages(en, pl)).toEqual({
      onlyInA: [],
      onlyInB: [],
      placeholders: [],
    })
  })

  it("gives each plural key every form the language's plural rules use", () => {
    expect(missingPluralForms(en, "en")).toEqual([])
    expect(missingPluralForms(pl, "pl")).toEqual([])
  })

  it("defines in English every key the Admin code uses", () => {
    const missing = adminSourceFiles().flatMap((file) =>
      undefinedKeys(usedKeys(read(file)), en).map(
        (key) => `${relative(file)}: ${key}`
      )
    )
    expect(missing).toEqual([])
  })

  it("looks labels up when they are shown, never while a module loads", () => {
    const found = adminSourceFiles().flatMap((file) =>
      moduleLevelLookups(read(file), relative(file)).map(
        (f) => `${f.file}:${f.line} ${f.text}`
      )
    )
    expect(found).toEqual([])
  })

  it("leaves no English text in the Admin code: routes, components, widgets and their helpers", () => {
    const files = adminSourceFiles()
    expect(files.length).toBeGreaterThan(80)
    const findings = files.flatMap((file) =>
      findUntranslated(read(file), relative(file)).map(
        (f) => `${f.file}:${f.line} ${f.text}`
      )
    )
    expect(findings).toEqual([])
  })
})

describe("the translation checks", () => {
  it("report a key one language has and the other lacks, and a placeholder a translation dropped", () => {
    const english = {
      helpdesk: { a: "Hello {{name}}", b: "Only here", n_one: "{{count}} x" },
    }
    const polish = {
      helpdesk: { a: "Cześć", c: "Tylko tu", n_one: "{{count}} x" },
    }
    expect(compareLanguages(english, polish)).toEqual({
      onlyInA: ["helpdesk.b"],
      onlyInB: ["helpdesk.c"],
      placeholders: ["helpdesk.a"],
    })
  })

  it("report a Polish plural without its few and many forms", () => {
    const polish = {
      helpdesk: { n_one: "1 zgłoszenie", n_other: "zgłoszenia" },
    }
    expect(missingPluralForms(polish, "pl")).toEqual([
      "helpdesk.n_few",
      "helpdesk.n_many",
    ])
  })

  it("report a key used in code that English does not define", () => {
    const code = `t("helpdesk.inbox.loading"); t("helpdesk.inbox.nope"); const k = "helpdesk.views.mine"; t("helpdesk.inbox.ticketCount", { count })`
    expect(undefinedKeys(usedKeys(code), en)).toEqual(["helpdesk.inbox.nope"])
  })

  it("report JSX text, a visible prop, a toast and a label map entry written in English", () => {
    const code = `
      const LABELS = { open: "Open tickets" }
      const A = () => {
        toast.error("The ticket could not be saved.")
        return (
          <div className="flex items-center" data-view="to_handle">
            <Input placeholder="Search tickets" aria-label={t("helpdesk.inbox.searchLabel")} />
            <Text>Nothing here</Text>
            <Kbd>Enter</Kbd> &gt; {" · "} #{count}
            {event.key === "Escape" ? t("helpdesk.common.cancel") : null}
          </div>
        )
      }`
    expect(findUntranslated(code).map((f) => f.text)).toEqual([
      "Open tickets",
      "The ticket could not be saved.",
      "Search tickets",
      "Nothing here",
    ])
  })
})

describe("the module-level lookup check", () => {
  it("reports a label looked up while the module loads, and not one looked up when shown", () => {
    const code = `
      const OPTIONS = PRIORITIES.map((p) => ({ value: p, label: p }))
      const TITLE = translate("helpdesk.inbox.loading")
      const options = () => [{ label: translate("helpdesk.inbox.sort") }]
      const LABELS = translatedLabels({ a: "helpdesk.views.mine" })`
    expect(moduleLevelLookups(code).map((f) => f.text)).toEqual([
      'translate("helpdesk.inbox.loading")',
    ])
  })
})

describe("dates and numbers in the admin's language", () => {
  it("writes relative times and language names in Polish for a Polish admin", () => {
    expect(formatRelative(-5, "minute", "pl")).toBe("5 min temu")
    expect(formatRelative(-1, "day", "pl")).toBe("wczoraj")
    expect(formatRelative(-1, "day", "en")).toBe("yesterday")
    expect(languageName("pl", "pl")).toBe("polski")
    expect(languageName("pl", "en")).toBe("Polish")
  })
})
