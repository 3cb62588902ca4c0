import { BuiltinClassifier } from "../builtin"
import { fold, prepare } from "../text"

const classifier = new BuiltinClassifier()
const classify = (text: string, locale?: string) =>
  classifier.classifySync(text, { locale })

describe("the built-in classifier", () => {
  describe("reading text", () => {
    it("folds Polish letters and case so typed-without-ogonki chat reads the same", () => {
      expect(fold("Dziękuję, ŚWIETNA obsługa, żółć")).toBe(
        "dziekuje, swietna obsluga, zolc"
      )
      expect(prepare("Zażółć gęślą jaźń").words).toEqual(
        prepare("zazolc gesla jazn").words
      )
    })

    it("breaks clauses at punctuation so a negation does not reach into the next sentence", () => {
      expect(prepare("nie przychodzi. Denerwujące").tokens).toEqual([
        "nie",
        "przychodzi",
        "|",
        "denerwujace",
      ])
      expect(
        classify("Mail nie przychodzi. Denerwujące.").sentiment.label
      ).toBe("negative")
    })

    it("tells Polish from English, with and without diacritics, and falls back to the locale", () => {
      expect(classify("Gdzie jest moja paczka?").language).toBe("pl")
      expect(classify("gdzie jest moje zamowienie").language).toBe("pl")
      expect(classify("Where is my parcel?").language).toBe("en")
      expect(classify("OK", "pl").language).toBe("pl")
      expect(classify("OK", "en-GB").language).toBe("en")
    })
  })

  describe("sentiment", () => {
    it.each([
      ["Dziękuję bardzo, świetna obsługa!", "positive"],
      ["dziekuje bardzo, swietna obsluga", "positive"],
      ["Thank you so much, you were really helpful!", "positive"],
      ["Jaki jest status zamówienia 123?", "neutral"],
      ["What is the status of order 123?", "neutral"],
      ["Kubek przyszedł rozbity.", "negative"],
      ["The mug arrived broken.", "negative"],
    ])("labels %j as %s", (text, label) => {
      expect(classify(text).sentiment.label).toBe(label)
    })

    it("turns praise around after a negation, in Polish and English", () => {
      expect(classify("Jestem zadowolony").sentiment.label).toBe("positive")
      expect(classify("Nie jestem zadowolony").sentiment.label).toBe("negative")
      expect(classify("nie jestem zadowolona z zakupu").sentiment.label).toBe(
        "negative"
      )
      expect(classify("I am happy").sentiment.label).toBe("positive")
      expect(classify("I am not happy").sentiment.label).toBe("negative")
    })

    it("reads a negated complaint as mild praise", () => {
      expect(classify("Bad.").sentiment.score).toBeLessThan(0)
      expect(classify("Not bad at all!").sentiment.label).toBe("positive")
      expect(classify("Nie jest źle, dzięki!").sentiment.label).toBe("positive")
    })

    it("scores a complaint phrase that its words alone would miss", () => {
      expect(classify("Lampa nie działa").sentiment.label).toBe("negative")
      expect(classify("lampa nie dziala").sentiment.label).toBe("negative")
      expect(classify("Piszę i nikt nie odpowiada").sentiment.label).toBe(
        "negative"
      )
      expect(classify("Dzień dobry").sentiment.label).toBe("neutral")
    })

    it("makes a word stronger after an intensifier and with exclamation marks", () => {
      const plain = classify("I am disappointed").sentiment.score
      const very = classify("I am very disappointed").sentiment.score
      const shouted = classify("I am very disappointed!!!").sentiment.score
      expect(very).toBeLessThan(plain)
      expect(shouted).toBeLessThan(very)
      expect(classify("bardzo rozczarowana").sentiment.score).toBeLessThan(
        classify("rozczarowana").sentiment.score
      )
    })

    it("counts emoji and emoticons", () => {
      expect(classify("Paczka dotarła 👍").sentiment.label).toBe("positive")
      expect(classify("Parcel arrived :)").sentiment.label).toBe("positive")
      expect(classify("Paczka dotarła 😡").sentiment.label).toBe("negative")
    })

    it("does not call a question praise because it ends in thanks", () => {
      expect(
        classify("Can you send me the invoice? Thanks").sentiment.label
      ).toBe("neutral")
    })

    it("matches Polish inflection through stems", () => {
      for (const word of ["zadowolony", "zadowolona", "zadowolonych"]) {
        expect(classify(`Jestem ${word}`).sentiment.label).toBe("positive")
      }
      for (const word of ["uszkodzony", "uszkodzona", "uszkodzone"]) {
        expect(classify(`Towar ${word}`).sentiment.label).toBe("negative")
      }
    })
  })

  describe("flags", () => {
    it.each([
      ["Zgłaszam sprawę do rzecznika konsumentów", "threatening"],
      ["sprawa trafi do UOKiK", "threatening"],
      ["I will file a chargeback", "threatening"],
      ["I'm contacting my lawyer", "threatening"],
      ["This is the third time I'm writing", "urgent"],
      ["pilne!", "urgent"],
      ["please answer ASAP", "urgent"],
      ["proszę natychmiast odpowiedzieć", "urgent"],
      ["banda debili", "offensive"],
      ["you idiots", "offensive"],
    ])("flags %j as %s", (text, flag) => {
      expect(classify(text).sentiment.flags).toContain(flag)
    })

    it("labels a threat negative even when it is polite", () => {
      const out = classify(
        "Dziękuję, w takim razie przekażę sprawę prawnikowi."
      )
      expect(out.sentiment.flags).toEqual(["threatening"])
      expect(out.sentiment.label).toBe("negative")
    })

    it("flags nothing in an ordinary question", () => {
      expect(
        classify("Czy kubek można myć w zmywarce?").sentiment.flags
      ).toEqual([])
    })
  })

  describe("topics", () => {
    it.each([
      ["Gdzie jest moje zamówienie?", "order_status"],
      ["where is my order", "order_status"],
      ["Ile kosztuje wysyłka kurierem?", "shipping_delivery"],
      ["Proszę anulować zamówienie", "order_change_cancel"],
      ["Chcę zwrócić buty", "return"],
      ["Kiedy dostanę zwrot pieniędzy?", "refund"],
      ["kiedy dostane zwrot pieniedzy", "refund"],
      ["When will I get my refund?", "refund"],
      ["Chcę złożyć reklamację, kubek jest pęknięty", "complaint_damaged"],
      ["Proszę o fakturę z NIP", "payment_invoice"],
      ["Czy kurtka jest wodoodporna?", "product_question"],
      ["Czy macie kod rabatowy?", "discount"],
      ["Dzięki, świetna robota", "feedback_thanks"],
      ["Are you hiring?", "other"],
    ])("names the topic of %j: %s", (text, topic) => {
      expect(classify(text).topics[0].id).toBe(topic)
    })

    it("tells a refund from a return in Polish, where both are a 'zwrot'", () => {
      expect(classify("zwrot towaru").topics[0].id).toBe("return")
      expect(classify("zwrot pieniędzy").topics[0].id).toBe("refund")
    })

    it("answers `other` alone, with a confidence, when nothing fits", () => {
      const { topics } = classify("hmm")
      expect(topics).toEqual([{ id: "other", confidence: expect.any(Number) }])
    })

    it("gives confidences between 0 and 1, most likely first", () => {
      const { topics } = classify(
        "The mug arrived broken and I want my money back"
      )
      expect(topics.length).toBeGreaterThan(0)
      for (const t of topics) {
        expect(t.confidence).toBeGreaterThan(0)
        expect(t.confidence).toBeLessThanOrEqual(1)
      }
      const confidences = topics.map((t) => t.confidence)
      expect([...confidences].sort((a, b) => b - a)).toEqual(confidences)
    })
  })

  it("answers the same for the same text and names itself", async () => {
    const text = "Paczka przyszła uszkodzona, chcę zwrot pieniędzy!!!"
    const first = await classifier.classify(text, { locale: "pl" })
    const again = await new BuiltinClassifier().classify(text, { locale: "pl" })
    expect(again).toEqual(first)
    expect(first.provider).toBe("builtin@1")
  })

  it("copes with empty, huge and odd text", () => {
    expect(classify("").topics[0].id).toBe("other")
    expect(classify("").sentiment.label).toBe("neutral")
    expect(classify("!!!???").sentiment.label).toBe("neutral")
    const long = "zamówienie ".repeat(2000)
    expect(classify(long).language).toBe("pl")
  })
})
