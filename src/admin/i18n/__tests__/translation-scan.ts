import fs from "node:fs"
import path from "node:path"
import ts from "typescript"

/** What the translation checks read: the admin's own code, without its tests and strings. */
export const ADMIN_DIR = path.resolve(__dirname, "../..")

export const adminSourceFiles = (dir = ADMIN_DIR): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" || file === path.join(ADMIN_DIR, "i18n")
        ? []
        : adminSourceFiles(file)
    }
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")
      ? [file]
      : []
  })

/** Props whose text a person reads or hears. */
const VISIBLE_PROPS = new Set([
  "placeholder",
  "title",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "label",
  "alt",
  "emptyText",
  "description",
  "hint",
  "tooltip",
  "content",
  "heading",
  "prompt",
  "author",
])

/** Calls whose string arguments are no text for a person: keys, class names, ids, paths. */
const KEY_CALLS = new Set([
  "t",
  "clx",
  "require",
  "Symbol",
  "describe",
  "it",
  "test",
  "expect",
])

/**
 * Literals that pass although they look like words: key names a keyboard shows, and the names of
 * things that are the same in every language.
 */
export const ALLOWED_LITERALS = new Set([
  "Enter",
  "Shift",
  "Escape",
  "BaseLinker",
  "UTC",
  // the DOM's name for dragged files (DataTransfer.types), never shown
  "Files",
])

export type Finding = { file: string; line: number; text: string }

const hasLetter = (text: string) => /\p{L}/u.test(text)
/** "Reply", "Add note", "Loading…": a capitalised word, as English UI text starts. */
const readsAsProse = (text: string) =>
  /^[\s"'„“(]*\p{Lu}\p{Ll}/u.test(text) ||
  /\p{L}{2,}\s+\p{L}{2,}.*[.…?!]\s*$/u.test(text)

/** `n === 1 ? "item" : "items"`: an English plural made by hand. */
const isHandMadePlural = (node: ts.Node) => {
  const parent = node.parent
  return (
    ts.isConditionalExpression(parent) &&
    parent.condition !== node &&
    /===\s*1\b/.test(parent.condition.getText())
  )
}

const calleeName = (call: ts.CallExpression) => {
  const callee = call.expression
  if (ts.isIdentifier(callee)) {
    return callee.text
  }
  if (ts.isPropertyAccessExpression(callee)) {
    return callee.name.text
  }
  return ""
}

const attributeName = (node: ts.JsxAttribute) =>
  ts.isIdentifier(node.name) ? node.name.text : node.name.getText()

/** The JSX attribute a literal belongs to, if any (through ternaries, `??` and templates). */
const enclosingAttribute = (node: ts.Node): ts.JsxAttribute | undefined => {
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) {
      return at
    }
    if (
      ts.isJsxElement(at) ||
      ts.isJsxSelfClosingElement(at) ||
      ts.isCallExpression(at) ||
      ts.isArrowFunction(at) ||
      ts.isFunctionExpression(at)
    ) {
      return undefined
    }
  }
  return undefined
}

/** True where a literal is code, not text: an import, a type, a key, a class name, a comparison. */
const isCodeLiteral = (node: ts.Node): boolean => {
  const parent = node.parent
  if (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isCaseClause(parent) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isElementAccessExpression(parent) &&
      parent.argumentExpression === node) ||
    (ts.isBinaryExpression(parent) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.InKeyword,
      ].includes(parent.operatorToken.kind))
  ) {
    return true
  }
  for (let at: ts.Node | undefined = parent; at; at = at.parent) {
    if (ts.isCallExpression(at) && KEY_CALLS.has(calleeName(at))) {
      return true
    }
    if (ts.isJsxAttribute(at)) {
      // any other prop (a refusal, an empty state) is text when it reads as prose
      return false
    }
    if (ts.isTypeNode(at)) {
      return true
    }
    if (ts.isStatement(at) || ts.isJsxElement(at)) {
      return false
    }
  }
  return false
}

const literalText = (node: ts.Node): string | undefined => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return node.text
  }
  if (ts.isTemplateExpression(node)) {
    return [
      node.head.text,
      ...node.templateSpans.map((span) => span.literal.text),
    ].join(" ")
  }
  return undefined
}

/**
 * Text a person would see or hear that is written in the code instead of coming from the
 * translations: JSX text, literals in visible props, and literals that read as a sentence or a
 * label (a toast, a zod message, an entry of a label map).
 */
export const findUntranslated = (
  source: string,
  file = "source.tsx"
): Finding[] => {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX
  )
  return untranslatedNodes(sf).map(({ node, text }) => ({
    file,
    line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
    text,
  }))
}

/** The nodes behind `findUntranslated`, for tools that rewrite them. */
export const untranslatedNodes = (sf: ts.SourceFile) => {
  const findings: { node: ts.Node; text: string }[] = []
  const report = (node: ts.Node, text: string) => {
    if (ALLOWED_LITERALS.has(text.trim())) {
      return
    }
    findings.push({ node, text: text.trim() })
  }

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      // an entity alone (&lt; &gt; &nbsp;) is punctuation, not a word
      if (hasLetter(node.text.replace(/&\w+;/g, ""))) {
        report(node, node.text)
      }
      return
    }
    const text = literalText(node)
    if (text !== undefined) {
      const attribute = enclosingAttribute(node)
      const visibleProp =
        !!attribute && VISIBLE_PROPS.has(attributeName(attribute))
      if (
        hasLetter(text) &&
        !isCodeLiteral(node) &&
        (visibleProp || readsAsProse(text) || isHandMadePlural(node))
      ) {
        report(node, text)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return findings
}

/** Every `t("…")` key written as a literal, and every "helpdesk.…" key kept in a label map. */
export const usedKeys = (source: string): string[] => {
  const keys = new Set<string>()
  for (const match of source.matchAll(
    /(?<![\w.])t\(\s*["'`]([^"'`$]+)["'`]/g
  )) {
    keys.add(match[1])
  }
  for (const match of source.matchAll(
    /["'`](helpdesk\.[a-z][\w]*(?:\.[\w]+)+)["'`]/g
  )) {
    keys.add(match[1])
  }
  return [...keys]
}

/**
 * `t(…)` or `translate(…)` run while a module loads: i18next has not started then, so the label
 * would stay a key (and never follow a change of language). Label maps use `translatedLabels`.
 */
export const moduleLevelLookups = (source: string, file = "source.tsx") => {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX
  )
  const found: Finding[] = []
  const visit = (node: ts.Node, inFunction: boolean) => {
    const inside =
      inFunction ||
      ts.isArrowFunction(node) ||
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessor(node)
    if (
      !inFunction &&
      ts.isCallExpression(node) &&
      ["t", "translate"].includes(calleeName(node))
    ) {
      found.push({
        file,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        text: node.getText(sf),
      })
    }
    ts.forEachChild(node, (child) => visit(child, inside))
  }
  visit(sf, false)
  return found
}
