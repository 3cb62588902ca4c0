import {
  chatReplyLocale,
  chatReplySubject,
  continueUrl,
} from "../utils/chat-reply-email"

describe("the chat-reply e-mail", () => {
  it("writes the subject line in the ticket's language, English when it is one we do not write", () => {
    const ticket = { number: 1042, subject: "Where is my parcel?" }
    expect(chatReplySubject("en", ticket)).toBe(
      "New reply to your message #1042: Where is my parcel?"
    )
    expect(chatReplySubject("pl-PL", ticket)).toBe(
      "Nowa odpowiedź na Twoją wiadomość #1042: Where is my parcel?"
    )
    expect(chatReplyLocale("de")).toBe("en")
    expect(chatReplyLocale(null)).toBe("en")
  })

  it("links to the store URL, else the page the chat started on, with the token in the fragment", () => {
    expect(
      continueUrl(
        {
          store_url: "https://shop.example.com",
          page_url: "https://shop.example.com/p/1",
        },
        "continue.abc.def"
      )
    ).toBe("https://shop.example.com/#hd=continue.abc.def")
    expect(
      continueUrl(
        { store_url: null, page_url: "https://shop.example.com/p/1#reviews" },
        "t"
      )
    ).toBe("https://shop.example.com/p/1#hd=t")
    expect(
      continueUrl(
        { store_url: "not a url", page_url: "javascript:alert(1)" },
        "t"
      )
    ).toBeNull()
  })
})
