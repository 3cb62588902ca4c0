#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:inbox`: how fast the agent inbox answers with a busy shop's history.
 *
 *   node bench/inbox.js [--tickets 100000] [--messages 1000000] [--requests 200]
 *                       [--warmup 20] [--reuse]
 *
 * Seeds --tickets tickets and --messages messages straight into PostgreSQL (statuses, priorities,
 * assignees, channels, tags and 180 days of history spread like a real shop's; one ticket with
 * exactly 200 messages), starts `medusa start` without the admin, logs in as an agent and times,
 * through the HTTP API with one keep-alive client, one request at a time:
 *   1. the To-handle view, page 1 with the sidebar counts;
 *   2. a filtered list (status, priority, channel and tag);
 *   3. full-text searches: a word in the messages of a few hundred tickets, and one in subjects;
 *   4. opening a ticket with 200 messages: detail and transcript together, as the page loads
 *      them, and each alone.
 * Each answer is checked (status 200, shape, and the rows the database says should match);
 * a bench of error pages would be worthless.
 *
 * With --reuse the seeded database is kept as `helpdesk_bench_inbox` and used again by the
 * next run of the same size, so tuning iterations skip the seeding (migrations still run, so
 * new indexes are picked up). Without it a fresh database is seeded and dropped afterwards.
 */
const http = require("node:http")
const path = require("node:path")
const { Client } = require("@medusajs/framework/pg")
const { findFreePort } = require("../scripts/lib/postgres")
const { login } = require("../scripts/lib/app")
const lib = require("./lib")

const log = lib.logger("inbox")
const KEPT_DB_NAME = "helpdesk_bench_inbox"
/** Bumped whenever the seeded data changes shape, so an older kept database is reseeded. */
const SEED_VERSION = 1
const AGENT_PASSWORD = "supersecret"
const SPECIAL_MESSAGES = 200
const BODY_WORD = "chargeback"
const SUBJECT_WORD = "gwarancja"
const TARGETS = { list: 25, search: 100, open: 30 }

const int = (/** @type {number} */ n) => n.toLocaleString("en-US")

/* ------------------------------------ data ------------------------------------ */

/** The agents; the first is the one the bench logs in as. */
const USERS = [
  { email: "anna@bench.example.com", first_name: "Anna", last_name: "Nowak" },
  {
    email: "marek@bench.example.com",
    first_name: "Marek",
    last_name: "Kowalski",
  },
  {
    email: "kasia@bench.example.com",
    first_name: "Kasia",
    last_name: "Wiśniewska",
  },
  { email: "tom@bench.example.com", first_name: "Tom", last_name: "Baker" },
  { email: "emma@bench.example.com", first_name: "Emma", last_name: "Clarke" },
]

const FIRST_NAMES = [
  "Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka", "Krzysztof",
  "Małgorzata", "Łukasz", "Joanna", "Michał", "Ewa", "Marcin", "Zofia", "Jakub", "Aleksandra",
  "Wojciech", "Natalia", "Grzegorz", "John", "Emily", "James", "Sarah", "Oliver", "Charlotte",
  "Harry", "Sophie", "Jack", "Emma", "Lucas", "Mia", "Daniel", "Grace", "Thomas", "Chloe",
] // prettier-ignore
const LAST_NAMES = [
  "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
  "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
  "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Smith", "Jones", "Taylor", "Brown",
  "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker",
  "White", "Roberts", "Green", "Hall", "Wood",
] // prettier-ignore
const DOMAINS = [
  "gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "outlook.com", "yahoo.com",
  "icloud.com", "hotmail.co.uk", "firma.pl",
] // prettier-ignore

// SUBJECT_WORD appears in one Polish subject and nowhere else; BODY_WORD nowhere here.
const SUBJECTS_PL = [
  "Gdzie jest moja paczka?", "Reklamacja zamówienia", "Zwrot towaru", "Pytanie o fakturę",
  "Zmiana adresu dostawy", "Problem z płatnością", "Brak potwierdzenia zamówienia",
  "Uszkodzony produkt", "Kiedy wysyłka?", "Pytanie o rozmiar", "Anulowanie zamówienia",
  "Kod rabatowy nie działa", "Dostępność produktu", "Gwarancja na produkt",
  "Wymiana na inny rozmiar",
] // prettier-ignore
const SUBJECTS_EN = [
  "Where is my order?", "Refund request", "Damaged item", "Wrong size delivered",
  "Cancel my order", "Invoice needed", "Discount code not working", "Change delivery address",
  "Payment failed", "Question about shipping costs", "Product availability", "Return label",
  "Exchange for another colour", "Missing item in package", "Order not received",
] // prettier-ignore
const CUSTOMER_PL = [
  "Dzień dobry, zamówiłem w poniedziałek i nadal nie mam informacji o wysyłce.",
  "Paczka przyszła, ale jeden element jest pęknięty.",
  "Czy mogę zmienić rozmiar na większy?",
  "Proszę o fakturę na firmę, NIP podałem w uwagach.",
  "Płatność została pobrana dwa razy, proszę o wyjaśnienie.",
  "Kurier nie zastał mnie w domu, co teraz?",
  "Chciałbym zwrócić buty, są za ciasne.",
  "Kiedy produkt znowu będzie dostępny?",
  "Dziękuję za szybką odpowiedź!",
  "Numer zamówienia jest w załączniku.",
  "Czy wysyłacie za granicę?",
  "Kod rabatowy nie działa przy płatności BLIK.",
] // prettier-ignore
const CUSTOMER_EN = [
  "Hi, I ordered on Monday and still have no shipping update.",
  "The parcel arrived but one item is cracked.",
  "Can I swap it for a larger size?",
  "Please send an invoice with my company details.",
  "I was charged twice for the same order.",
  "The courier left a note, what should I do now?",
  "I would like to return the shoes, they are too small.",
  "When will this be back in stock?",
  "Thanks for the quick reply!",
  "My order number is in the attachment.",
  "Do you ship to Ireland?",
  "The discount code is rejected at checkout.",
] // prettier-ignore
const AGENT_PL = [
  "Dzień dobry, sprawdzam status zamówienia.",
  "Paczka została nadana, numer śledzenia wysłałam mailem.",
  "Przepraszamy za kłopot, wyślemy nowy egzemplarz.",
  "Zwrot został przyjęty, pieniądze wrócą w ciągu 3 dni roboczych.",
  "Fakturę wystawiliśmy, jest w panelu klienta.",
  "Czy mogę prosić o zdjęcie uszkodzenia?",
  "Rozmiar wymienimy bezpłatnie, etykieta jest w załączniku.",
  "Czy mogę jeszcze w czymś pomóc?",
] // prettier-ignore
const AGENT_EN = [
  "Hello, let me check your order.",
  "The parcel has shipped, the tracking number is in your inbox.",
  "Sorry about that, we will send a replacement.",
  "Your refund is approved and will arrive within 3 working days.",
  "The invoice is ready in your account.",
  "Could you send a photo of the damage?",
  "We will exchange the size for free, the label is attached.",
  "Is there anything else I can help with?",
] // prettier-ignore
const NOTES = [
  "Sprawdziłem w magazynie, paczka wyszła wczoraj.",
  "Repeat buyer, be generous with the refund.",
  "Waiting for the warehouse to confirm stock.",
  "Zwrot zatwierdzony, przelew w piątek.",
  "Escalated to the courier, case number in the order notes.",
] // prettier-ignore
const EVENTS = [
  "Anna joined the chat", "Marek dołączył do rozmowy", "The conversation was closed",
  "Rozmowa została zakończona", "Kasia set status to Pending", "Tom assigned the ticket to Emma",
  'Anna added tag "VIP"',
] // prettier-ignore
const RARE_BODY = {
  pl: `Bank rozpoczął procedurę ${BODY_WORD}, bo zamówienie nie dotarło.`,
  en: `My bank opened a ${BODY_WORD} because the order never arrived.`,
}
const TAGS = [
  "VIP", "Zwrot", "Reklamacja", "Faktura", "Dostawa", "Allegro", "Pilne", "B2B", "Hurt",
  "Uszkodzenie", "Refund", "Shipping", "Invoice", "Warranty", "Exchange", "Payment",
  "Fraud check", "Wholesale", "Feedback", "Spam",
] // prettier-ignore
const COLORS = ["#ef4444", "#f97316", "#eab308", "#22c55e", "#06b6d4", "#3b82f6", "#8b5cf6", "#ec4899"] // prettier-ignore
const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
] // prettier-ignore

/* ------------------------------------ seeding ------------------------------------ */

/** A SQL string literal. @param {string} s */
const lit = (s) => `'${s.replace(/'/g, "''")}'`
/** A SQL text[] literal. @param {readonly string[]} list */
const arr = (list) => `(array[${list.map(lit).join(", ")}]::text[])`
/**
 * A uniform number in [0, 1) hashed from an integer expression: the same data on every run,
 * and no volatile random() for the planner to evaluate once or several times.
 * @param {string} key @param {number} salt
 */
const u = (key, salt) =>
  `((hashint8extended((${key})::bigint, ${salt}) & 2147483647)::float8 / 2147483648)`
/** One element of `list`, chosen by a [0, 1) expression. @param {readonly string[]} list @param {string} r */
const pick = (list, r) => `${arr(list)}[1 + floor(${r} * ${list.length})::int]`

/**
 * @typedef {{
 *   agentId: string,
 *   userIds: string[],
 *   channels: { id: string, name: string, restricted: boolean }[],
 *   tagIds: string[],
 *   specialTicketId: string,
 *   seedSeconds: number,
 *   seededAt: string,
 * }} SeedInfo
 */

/**
 * @param {import("pg").Client} db @param {{ tickets: number, messages: number }} size
 * @param {string[]} userIds agents, the bench's own first
 * @returns {Promise<SeedInfo>}
 */
async function seed(db, { tickets: T, messages: M }, userIds) {
  const started = Date.now()
  /** @param {string} sql @param {unknown[]} [params] */
  const q = (sql, params) => db.query(sql, params)

  // Checking a million foreign keys row by row and updating every index per row is what
  // makes bulk inserts slow; the data is generated consistent, and the indexes are rebuilt
  // from the migrations' own definitions afterwards.
  await q("set session_replication_role = replica").catch(() =>
    log("not a superuser: foreign keys are checked row by row (slower)")
  )
  await q("set synchronous_commit = off")
  await q("set maintenance_work_mem = '512MB'")

  const id = (/** @type {string} */ prefix, /** @type {number} */ n) =>
    `${prefix}_01BENCH${String(n).padStart(15, "0")}`
  const inboxes = ["Obsługa klienta", "Customer care EN", "B2B"].map(
    (name, i) => ({ id: id("hdib", i + 1), name })
  )
  // one channel lists two agents (not the bench's), the others are open to every user
  const channels = [
    { name: "Sklep PL", inbox: 0, locale: "pl", agents: [] },
    { name: "Shop EN", inbox: 1, locale: "en", agents: [] },
    { name: "Outlet", inbox: 0, locale: "pl", agents: [] },
    { name: "B2B", inbox: 2, locale: "pl", agents: [2, 3] },
  ].map((c, i) => ({ ...c, id: id("hdch", i + 1) }))
  const teams = [
    { name: "Zespół PL", members: [0, 1, 2] },
    { name: "Team EN", members: [3, 4] },
  ].map((t, i) => ({ ...t, id: id("hdtm", i + 1) }))
  const tagIds = TAGS.map((_, i) => id("hdtg", i + 1))

  await q(
    `insert into helpdesk_inbox (id, name) select * from unnest($1::text[], $2::text[])`,
    [inboxes.map((i) => i.id), inboxes.map((i) => i.name)]
  )
  await q(
    `insert into helpdesk_channel (id, name, store_url, locale, inbox_id, opening_hours)
     select c.id, c.name, 'https://shop.example.com', c.locale, c.inbox_id, $5::jsonb
       from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as c(id, name, locale, inbox_id)`,
    [
      channels.map((c) => c.id),
      channels.map((c) => c.name),
      channels.map((c) => c.locale),
      channels.map((c) => inboxes[c.inbox].id),
      JSON.stringify(lib.ALWAYS_OPEN),
    ]
  )
  const agents = channels.flatMap((c) =>
    c.agents.map((u) => ({ channel: c.id, user: userIds[u] }))
  )
  await q(
    `insert into helpdesk_channel_agent (id, channel_id, user_id)
     select 'hdca_01BENCH' || lpad(n::text, 15, '0'), a.channel_id, a.user_id
       from unnest($1::text[], $2::text[]) with ordinality as a(channel_id, user_id, n)`,
    [agents.map((a) => a.channel), agents.map((a) => a.user)]
  )
  await q(
    `insert into helpdesk_team (id, name) select * from unnest($1::text[], $2::text[])`,
    [teams.map((t) => t.id), teams.map((t) => t.name)]
  )
  const members = teams.flatMap((t) =>
    t.members.map((m) => ({ team: t.id, user: userIds[m] }))
  )
  await q(
    `insert into helpdesk_team_member (id, team_id, user_id)
     select 'hdtmm_01BENCH' || lpad(n::text, 15, '0'), m.team_id, m.user_id
       from unnest($1::text[], $2::text[]) with ordinality as m(team_id, user_id, n)`,
    [members.map((m) => m.team), members.map((m) => m.user)]
  )
  await q(
    `insert into helpdesk_tag (id, name, color) select * from unnest($1::text[], $2::text[], $3::text[])`,
    [tagIds, TAGS, TAGS.map((_, i) => COLORS[i % COLORS.length])]
  )

  // Set the indexes aside; they are rebuilt after the bulk load.
  const tables = ["helpdesk_ticket", "helpdesk_message", "helpdesk_ticket_tag"]
  const { rows: indexes } = await q(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any($1::text[])
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables]
  )
  for (const { indexname } of indexes) {
    await q(`drop index "${indexname}"`)
  }

  // The plan: one row per ticket with everything its messages must agree with.
  const special = Math.ceil(T / 2)
  const avg = (M - SPECIAL_MESSAGES) / (T - 1)
  const users = arr(userIds)
  await q(`drop table if exists bench_plan`)
  await q(
    `create unlogged table bench_plan as
     with base as (
       select i,
              ${u("i", 1)} as r_status, ${u("i", 2)} as r_assign, ${u("i", 3)} as r_channel,
              ${u("i", 4)} as r_team, ${u("i", 5)} as r_locale, ${u("i", 6)} as r_author,
              ${u("i", 7)} as r_prio, ${u("i", 8)} as r_n, ${u("i", 9)} as r_age,
              ${u("i", 10)} as r_span, ${u("i", 11)} as r_cust, ${u("i", 12)} as r_user
         from generate_series(1, ${T}) i
     ), shaped as (
       select *,
              case when i = ${special} then 'open'
                   when r_status < 0.10 then 'new' when r_status < 0.35 then 'open'
                   when r_status < 0.50 then 'pending' else 'closed' end as status,
              case when i = ${special} then 0
                   when r_channel < 0.45 then 0 when r_channel < 0.75 then 1
                   when r_channel < 0.85 then 2 when r_channel < 0.97 then 3 end as channel_idx
         from base
     )
     select i,
            '${id("hdt", 0).slice(0, -15)}' || lpad(i::text, 15, '0') as id,
            case when i = ${special} then ${SPECIAL_MESSAGES}
                 else 1 + floor(r_n * ${2 * avg - 1})::int end as n,
            status,
            case when i = ${special} then 'high'
                 when r_prio < 0.15 then 'low' when r_prio < 0.75 then 'normal'
                 when r_prio < 0.93 then 'high' else 'urgent' end as priority,
            channel_idx,
            case when i = ${special} then ${lit(userIds[0])}
                 when r_assign < (case when status = 'new' then 0.8 else 0.244 end) then null
                 when channel_idx = 3 then ${users}[3 + floor(r_user * 2)::int]
                 else ${users}[1 + floor(r_user * ${userIds.length})::int] end as assignee_id,
            case when r_team < 0.3 then 1 when r_team < 0.45 then 2 end as team_idx,
            case when channel_idx in (0, 2) then 'pl' when channel_idx = 1 then 'en'
                 when r_locale < 0.6 then 'pl' else 'en' end as locale,
            case when i = ${special} or status = 'new' then 'customer'
                 when status = 'open' then case when r_author < 0.7 then 'customer' else 'agent' end
                 when status = 'pending' then 'agent'
                 when r_author < 0.25 then 'customer' else 'agent' end as last_author,
            -- open work is recent; the closed archive spreads over the whole 180 days
            now() - (case when status = 'closed' then r_age else r_age * r_age * r_age end)
                    * interval '180 days' as last_at,
            r_span,
            floor(r_cust * ${Math.max(1, Math.round(T * 0.7))})::int as c,
            i <> ${special} and i % 331 = 17 as rare
       from shaped`
  )
  // Hit the requested number of messages exactly: nudge counts of random tickets by one.
  for (let round = 0; round < 20; round++) {
    const { rows } = await q(`select sum(n)::bigint as total from bench_plan`)
    const diff = M - Number(rows[0].total)
    if (!diff) {
      break
    }
    await q(
      `update bench_plan set n = n + ${Math.sign(diff)}
        where i in (select i from bench_plan where i <> ${special} ${diff < 0 ? "and n > 1" : ""}
                     order by ${u(`i + ${round}`, 13)} limit ${Math.min(Math.abs(diff), T - 1)})`
    )
  }
  await q(`alter table bench_plan add primary key (i)`)
  await q(
    `alter table bench_plan add column created_at timestamptz, add column seq_span interval`
  )
  await q(
    `update bench_plan set created_at = last_at - r_span * n * interval '3 hours',
                           seq_span = r_span * n * interval '3 hours'`
  )
  await q(`analyze bench_plan`)
  log(`plan of ${T.toLocaleString("en-US")} tickets ready`)

  const channelIds = arr(channels.map((c) => c.id))
  const channelNames = arr(channels.map((c) => c.name))
  const channelInboxes = arr(channels.map((c) => inboxes[c.inbox].id))
  const teamIds = arr(teams.map((t) => t.id))
  const first = `${arr(FIRST_NAMES)}[1 + p.c % ${FIRST_NAMES.length}]`
  const last = `${arr(LAST_NAMES)}[1 + (p.c / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}]`
  const namesPerRound = FIRST_NAMES.length * LAST_NAMES.length
  let t = Date.now()
  for (let from = 1; from <= T; from += 5000) {
    await q(
      `insert into helpdesk_ticket (id, subject, status, priority, customer_name, customer_email,
          customer_id, assignee_id, seller_login, last_message_at, last_message_author, sentiment,
          context, page_url, user_agent, locale, closed_at, first_response_at, channel_id,
          inbox_id, team_id, created_at, updated_at)
       select p.id,
              case when p.locale = 'pl' then ${pick(SUBJECTS_PL, u("p.i", 20))}
                   else ${pick(SUBJECTS_EN, u("p.i", 20))} end
                || case when ${u("p.i", 21)} < 0.4 then ' #' || (100000 + floor(${u("p.i", 22)} * 900000))::int else '' end,
              p.status, p.priority,
              ${first} || ' ' || ${last},
              translate(lower(${first} || '.' || ${last}), 'ąćęłńóśźż', 'acelnoszz')
                || case when p.c >= ${namesPerRound} then (p.c / ${namesPerRound})::text else '' end
                || '@' || ${arr(DOMAINS)}[1 + p.c % ${DOMAINS.length}],
              case when p.c % 5 < 2 then 'cus_01BENCH' || lpad(p.c::text, 15, '0') end,
              p.assignee_id,
              ${channelNames}[p.channel_idx + 1],
              p.last_at, p.last_author,
              ${pick(["negative", "neutral", "neutral", "positive"], u("p.i", 23))},
              ${pick(["shipping", "returns", "payment", "product", "invoice"], u("p.i", 24))},
              'https://shop.example.com/products/' || (p.i % 997),
              ${pick(USER_AGENTS, u("p.i", 25))},
              p.locale,
              case when p.status = 'closed' then p.last_at end,
              case when p.status <> 'new' then p.created_at + ${u("p.i", 26)} * interval '2 hours' end,
              ${channelIds}[p.channel_idx + 1],
              coalesce(${channelInboxes}[p.channel_idx + 1], ${lit(inboxes[0].id)}),
              ${teamIds}[p.team_idx],
              p.created_at, p.last_at
         from bench_plan p where p.i between ${from} and ${Math.min(T, from + 4999)}
        order by p.i`
    )
  }
  log(`${T.toLocaleString("en-US")} tickets inserted in ${lib.seconds(t)}`)

  // Messages: the first from the customer, the last from the ticket's last author, between
  // them replies, internal notes and system lines; seq 1..n, timestamps in order.
  t = Date.now()
  const key = "p.i::bigint * 1000 + s"
  const r = u(key, 30)
  const kind = `case when s = 1 or s = p.n or ${r} < 0.85 then 'message' when ${r} < 0.93 then 'note' else 'event' end`
  const author = `case when s = p.n then p.last_author when s = 1 then 'customer'
                       when ${r} < 0.45 then 'customer' when ${r} < 0.93 then 'agent' else 'system' end`
  const sentence = (/** @type {number} */ salt) =>
    `case when m.author_type = 'customer' and p.locale = 'pl' then ${pick(CUSTOMER_PL, u(key, salt))}
          when m.author_type = 'customer' then ${pick(CUSTOMER_EN, u(key, salt))}
          when p.locale = 'pl' then ${pick(AGENT_PL, u(key, salt))}
          else ${pick(AGENT_EN, u(key, salt))} end`
  const perStatement = Math.max(1, Math.round(5000 / Math.max(1, M / T)))
  let logged = 0
  for (let from = 1; from <= T; from += perStatement) {
    const to = Math.min(T, from + perStatement - 1)
    await q(
      `insert into helpdesk_message (id, seq, client_id, author_type, author_id, body, kind,
          ticket_id, created_at, updated_at)
       select 'hdm_01BENCH' || lpad(p.i::text, 9, '0') || lpad(s::text, 6, '0'),
              s,
              case when m.kind <> 'event' then 'bench-' || p.i || '-' || s end,
              m.author_type,
              case when m.author_type = 'agent'
                   then coalesce(p.assignee_id, ${users}[1 + floor(${u(key, 31)} * ${userIds.length})::int]) end,
              case when m.kind = 'event' then ${pick(EVENTS, u(key, 32))}
                   when m.kind = 'note' then ${pick(NOTES, u(key, 32))}
                   when p.rare and s = 1 then case when p.locale = 'pl' then ${lit(RARE_BODY.pl)} else ${lit(RARE_BODY.en)} end
                   else ${sentence(33)}
                        || case when ${u(key, 34)} < 0.5 then ' ' || ${sentence(35)} else '' end
                        || case when ${u(key, 36)} < 0.2 then ' #' || (100000 + floor(${u(key, 37)} * 900000))::int else '' end
              end,
              m.kind, p.id, ts, ts
         from bench_plan p
         cross join lateral generate_series(1, p.n) s
         cross join lateral (select ${kind} as kind, ${author} as author_type,
                                    p.created_at + p.seq_span * ((s - 1)::float8 / greatest(p.n - 1, 1)) as ts) m
        where p.i between ${from} and ${to}`
    )
    const tenths = Math.floor((to / T) * 10)
    if (tenths > logged) {
      logged = tenths
      log(`messages: ${tenths * 10} % of tickets done (${lib.seconds(t)})`)
    }
  }

  // ~30 % of tickets carry one to three tags, the first few tags far more often than the rest
  await q(
    `insert into helpdesk_ticket_tag (id, ticket_id, tag_id, created_at, updated_at)
     select 'hdtt_01BENCH' || lpad(p.i::text, 14, '0') || k, p.id,
            ${arr(tagIds)}[1 + (floor(${TAGS.length} * ${u("p.i", 40)} ^ 2)::int + k * 7) % ${TAGS.length}],
            p.created_at, p.created_at
       from bench_plan p cross join generate_series(0, 2) k
      where p.i <> ${special} and ${u("p.i", 41)} < 0.3 and k < 1 + floor(${u("p.i", 42)} * 3)`
  )
  const specialTicketId = `${id("hdt", 0).slice(0, -15)}${String(special).padStart(15, "0")}`
  await q(
    `insert into helpdesk_ticket_tag (id, ticket_id, tag_id) values
       ('hdtt_01BENCHSPECIAL00001', $1, $2), ('hdtt_01BENCHSPECIAL00002', $1, $3)`,
    [specialTicketId, tagIds[0], tagIds[2]]
  )
  await q(
    `insert into helpdesk_ticket_follower (id, ticket_id, user_id) values
       ('hdtf_01BENCHSPECIAL00001', $1, $2), ('hdtf_01BENCHSPECIAL00002', $1, $3)`,
    [specialTicketId, userIds[1], userIds[2]]
  )
  await q(
    `insert into helpdesk_task (id, title, status, assignee_id, ticket_id, due_at) values
       ('hdtk_01BENCHSPECIAL00001', 'Send a replacement', 'doing', $2, $1, now() + interval '2 days'),
       ('hdtk_01BENCHSPECIAL00002', 'Refund the shipping cost', 'todo', $3, $1, null)`,
    [specialTicketId, userIds[0], userIds[1]]
  )
  await q(`drop table bench_plan`)
  log(`messages and tags inserted in ${lib.seconds(t)}`)

  t = Date.now()
  for (const { indexdef } of indexes) {
    await q(indexdef)
  }
  log(`${indexes.length} indexes rebuilt in ${lib.seconds(t)}`)
  await q("set session_replication_role = origin").catch(() => undefined)
  t = Date.now()
  // VACUUM as well as ANALYZE: a live table is vacuumed by autovacuum long before it holds
  // a million rows, and index-only scans need the visibility map that leaves behind.
  for (const table of [
    ...tables,
    "helpdesk_ticket_follower",
    "helpdesk_task",
  ]) {
    await q(`vacuum (analyze) ${table}`)
  }
  log(`vacuum analyze in ${lib.seconds(t)}`)

  return {
    agentId: userIds[0],
    userIds,
    channels: channels.map((c) => ({
      id: c.id,
      name: c.name,
      restricted: c.agents.length > 0 && !c.agents.includes(0),
    })),
    tagIds,
    specialTicketId,
    seedSeconds: (Date.now() - started) / 1000,
    seededAt: new Date().toISOString(),
  }
}

/* ------------------------------------ users ------------------------------------ */

/**
 * The agents, created the way an admin would: invite, register, accept. Existing ones (a kept
 * database) are left as they are.
 * @param {string} url @param {(sql: string, params?: unknown[]) => Promise<import("pg").QueryResult>} query
 */
async function ensureAgents(url, query) {
  const { rows: existing } = await query(
    `select email from "user" where email = any($1::text[]) and deleted_at is null`,
    [USERS.map((u) => u.email)]
  )
  const have = new Set(existing.map((r) => r.email))
  const missing = USERS.filter((u) => !have.has(u.email))
  if (missing.length) {
    const adminToken = await login(url, lib.EMAIL, lib.PASSWORD)
    for (const user of missing) {
      const { invite } = await lib.post(url, adminToken, "/admin/invites", {
        email: user.email,
      })
      const { token } = await lib.post(
        url,
        "",
        "/auth/user/emailpass/register",
        {
          email: user.email,
          password: AGENT_PASSWORD,
        }
      )
      await lib.post(
        url,
        token,
        `/admin/invites/accept?token=${encodeURIComponent(invite.token)}`,
        user
      )
    }
    log(`${missing.length} agents invited and registered`)
  }
  const { rows } = await query(
    `select id, email from "user" where email = any($1::text[]) and deleted_at is null`,
    [USERS.map((u) => u.email)]
  )
  const byEmail = new Map(
    rows.map((r) => [r.email, /** @type {string} */ (r.id)])
  )
  return USERS.map((u) => {
    const userId = byEmail.get(u.email)
    if (!userId) {
      throw new Error(`user ${u.email} is missing after registration`)
    }
    return userId
  })
}

/* ------------------------------------ HTTP ------------------------------------ */

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 })

/**
 * GET with the keep-alive agent; `ms` runs from the request to the last byte of the answer.
 * @param {string} url @param {string} token @param {string} route
 * @returns {Promise<{ status: number, ms: number, body: string }>}
 */
function get(url, token, route) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = http.get(
      `${url}${route}`,
      { agent: keepAlive, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = []
        res.on("data", (chunk) => chunks.push(chunk))
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString("utf8"),
          })
        )
        res.on("error", reject)
      }
    )
    req.setTimeout(30_000, () =>
      req.destroy(new Error(`GET ${route} timed out`))
    )
    req.on("error", reject)
  })
}

/**
 * The parsed JSON of a 200 answer; anything else stops the bench.
 * @param {{ status: number, body: string }} res @param {string} route
 * @returns {any} parsed JSON, checked by the caller
 */
function ok(res, route) {
  if (res.status !== 200) {
    throw new Error(
      `GET ${route} answered ${res.status}: ${res.body.slice(0, 500)} — nothing to measure until it answers 200`
    )
  }
  try {
    return JSON.parse(res.body)
  } catch {
    throw new Error(
      `GET ${route} answered 200 with no JSON: ${res.body.slice(0, 200)}`
    )
  }
}

/** @param {boolean} condition @param {string} what */
function expect(condition, what) {
  if (!condition) {
    throw new Error(`unexpected answer: ${what}`)
  }
}

/**
 * @typedef {{ name: string, target: number, samples: number[], notes: string[] }} Measured
 * @typedef {{ name: string, target: number, run: () => Promise<{ ms: number }> }} Measurement
 */

/**
 * Warm-up, then `requests` timed runs one after the other.
 * @param {Measurement} m @param {{ requests: number, warmup: number }} counts
 * @returns {Promise<Measured>}
 */
async function measure(m, { requests, warmup }) {
  for (let i = 0; i < warmup; i++) {
    await m.run()
  }
  /** @type {number[]} */
  const samples = []
  for (let i = 0; i < requests; i++) {
    samples.push((await m.run()).ms)
  }
  samples.sort((a, b) => a - b)
  const p = lib.percentile
  log(
    `${m.name}: p50 ${p(samples, 50).toFixed(1)} ms, p95 ${p(samples, 95).toFixed(1)} ms`
  )
  return { name: m.name, target: m.target, samples, notes: [] }
}

/* ------------------------------------ bench ------------------------------------ */

/**
 * What the answers must contain, straight from the database: the views, filters and searches
 * evaluated with plain SQL for the bench agent.
 * @param {(sql: string, params?: unknown[]) => Promise<import("pg").QueryResult>} query
 * @param {SeedInfo} info
 */
async function expectations(query, info) {
  const visible = info.channels.filter((c) => !c.restricted).map((c) => c.id)
  const access = `t.deleted_at is null and (t.channel_id = any($1::text[]) or t.channel_id is null)`
  const count = async (
    /** @type {string} */ where,
    /** @type {unknown[]} */ params = []
  ) =>
    Number(
      (
        await query(
          `select count(*)::int as n from helpdesk_ticket t where ${access} and ${where}`,
          [visible, ...params]
        )
      ).rows[0].n
    )
  const toHandle = await count(
    `t.status in ('new', 'open') and (t.assignee_id is null or t.assignee_id = $2)`,
    [info.agentId]
  )
  const filterChannel = info.channels[0].id
  // the tag that makes the filtered list longest, so the page is full when it can be
  const { rows: tagRows } = await query(
    `select tt.tag_id, count(*)::int as n from helpdesk_ticket t
       join helpdesk_ticket_tag tt on tt.ticket_id = t.id and tt.deleted_at is null
      where ${access} and t.status = 'open' and t.priority = 'high' and t.channel_id = $2
      group by tt.tag_id order by n desc, tt.tag_id limit 1`,
    [visible, filterChannel]
  )
  if (!tagRows.length) {
    throw new Error(
      "no open high-priority tagged ticket to filter for: seed more tickets"
    )
  }
  const bodyWord = await count(
    `exists (select 1 from helpdesk_message m where m.ticket_id = t.id and m.deleted_at is null and m.body like $2)`,
    [`%${BODY_WORD}%`]
  )
  const subjectWord = await count(`lower(t.subject) like $2`, [
    `%${SUBJECT_WORD}%`,
  ])
  return {
    toHandle,
    filter: {
      channelId: filterChannel,
      tagId: /** @type {string} */ (tagRows[0].tag_id),
      count: /** @type {number} */ (tagRows[0].n),
    },
    bodyWord,
    subjectWord,
  }
}

/**
 * @param {string} url @param {string} token @param {SeedInfo} info
 * @param {Awaited<ReturnType<typeof expectations>>} want
 * @param {{ requests: number, warmup: number }} counts
 */
async function runMeasurements(url, token, info, want, counts) {
  /** @type {string[]} */
  const notes = []
  /** @param {string} what */
  const note = (what) => {
    if (!notes.includes(what)) {
      notes.push(what)
      log(`check: ${what}`)
    }
  }
  const views = ["to_handle", "mine", "unassigned", "pending", "closed", "all"]

  /**
   * A list answer: right shape, counts numbers, at most `limit` rows, matching `expected`
   * rows in all (a mismatch is reported, not fatal: the timing still stands).
   * @param {any} data @param {string} label @param {number} expected
   * @param {(row: any) => boolean} [each]
   */
  const checkList = (data, label, expected, each) => {
    expect(
      Array.isArray(data.tickets) && typeof data.count === "number",
      `${label}: no { tickets, count } in the answer`
    )
    expect(
      data.tickets.length > 0,
      `${label}: no tickets (expected ${expected})`
    )
    expect(
      data.tickets.length <= 20,
      `${label}: more than 20 rows on a page of 20`
    )
    if (data.count !== expected) {
      note(`${label}: count ${data.count}, the database says ${expected}`)
    }
    if (each && !data.tickets.every(each)) {
      note(`${label}: rows that do not match the filter`)
    }
  }

  /** @param {string} route @param {(data: any) => void} check */
  const timedGet = (route, check) => async () => {
    const res = await get(url, token, route)
    check(ok(res, route))
    return res
  }

  const toHandleRoute = "/admin/helpdesk/tickets?view=to_handle&limit=20"
  const { channelId, tagId } = want.filter
  const filterRoute = `/admin/helpdesk/tickets?status=open&priority=high&channel_id=${channelId}&tag_id=${tagId}&limit=20`
  const bodyRoute = `/admin/helpdesk/tickets?q=${encodeURIComponent(BODY_WORD)}&limit=20`
  const subjectRoute = `/admin/helpdesk/tickets?q=${encodeURIComponent(SUBJECT_WORD)}&limit=20`
  const detailRoute = `/admin/helpdesk/tickets/${info.specialTicketId}`
  const messagesRoute = `${detailRoute}/messages`

  const checkDetail = (/** @type {any} */ data) => {
    const t = data.ticket
    expect(
      t && t.id === info.specialTicketId,
      "ticket detail: no { ticket } with the asked id"
    )
    expect(
      Array.isArray(t.tags) && t.tags.length === 2,
      `ticket detail: expected 2 tags, got ${JSON.stringify(t.tags)}`
    )
    if (!t.last_message || typeof t.last_message.seq !== "number") {
      note("ticket detail: no last_message { seq, … }")
    }
  }
  const checkMessages = (/** @type {any} */ data) => {
    expect(
      Array.isArray(data.messages) && data.messages.length === SPECIAL_MESSAGES,
      `ticket messages: expected ${SPECIAL_MESSAGES} messages, got ${data.messages?.length}`
    )
    expect(
      data.messages.every(
        (/** @type {any} */ m, /** @type {number} */ i) => m.seq === i + 1
      ),
      "ticket messages: seq is not 1..200 in order"
    )
  }

  /** @type {Measurement[]} */
  const plan = [
    {
      name: "To-handle view, page 1 + view counts",
      target: TARGETS.list,
      run: timedGet(toHandleRoute, (data) => {
        checkList(
          data,
          "to_handle",
          want.toHandle,
          (row) =>
            (row.status === "new" || row.status === "open") &&
            (row.assignee_id === null || row.assignee_id === info.agentId)
        )
        expect(
          data.view_counts &&
            views.every((v) => typeof data.view_counts[v] === "number"),
          `to_handle: view_counts are not six numbers: ${JSON.stringify(data.view_counts)}`
        )
        if (data.view_counts.to_handle !== want.toHandle) {
          note(
            `view_counts.to_handle ${data.view_counts.to_handle}, the database says ${want.toHandle}`
          )
        }
      }),
    },
    {
      name: "Filtered list (status, priority, channel, tag)",
      target: TARGETS.list,
      run: timedGet(filterRoute, (data) =>
        checkList(
          data,
          "filtered list",
          want.filter.count,
          (row) =>
            row.status === "open" &&
            row.priority === "high" &&
            row.channel_id === channelId &&
            (!Array.isArray(row.tags) ||
              row.tags.some((/** @type {any} */ g) => g.id === tagId))
        )
      ),
    },
    {
      name: `Search "${BODY_WORD}" (in ${want.bodyWord} tickets' messages)`,
      target: TARGETS.search,
      run: timedGet(bodyRoute, (data) =>
        checkList(data, `q=${BODY_WORD}`, want.bodyWord)
      ),
    },
    {
      name: `Search "${SUBJECT_WORD}" (in ${want.subjectWord} subjects)`,
      target: TARGETS.search,
      run: timedGet(subjectRoute, (data) =>
        checkList(data, `q=${SUBJECT_WORD}`, want.subjectWord)
      ),
    },
    {
      name: `Open a ticket of ${SPECIAL_MESSAGES} messages (detail + messages in parallel)`,
      target: TARGETS.open,
      run: async () => {
        const started = performance.now()
        const [detail, messages] = await Promise.all([
          get(url, token, detailRoute),
          get(url, token, messagesRoute),
        ])
        const ms = performance.now() - started
        checkDetail(ok(detail, detailRoute))
        checkMessages(ok(messages, messagesRoute))
        return { ms }
      },
    },
    {
      name: "  ticket detail alone",
      target: TARGETS.open,
      run: timedGet(detailRoute, checkDetail),
    },
    {
      name: `  ${SPECIAL_MESSAGES} messages alone`,
      target: TARGETS.open,
      run: timedGet(messagesRoute, checkMessages),
    },
  ]

  /** @type {Measured[]} */
  const results = []
  for (const m of plan) {
    results.push(await measure(m, counts))
  }
  return { results, notes }
}

/** Waits for the ticket routes: they may still be on their way. @param {string} url @param {string} token */
async function requireRoutes(url, token) {
  const res = await get(url, token, "/admin/helpdesk/tickets?limit=1")
  if (res.status === 404) {
    throw new Error(
      "GET /admin/helpdesk/tickets answers 404: the ticket list route does not exist yet"
    )
  }
}

/* ------------------------------------ report ------------------------------------ */

/**
 * @param {Record<string, any>} args @param {Measured[]} results @param {string[]} notes
 * @param {{ seed: string, postgres: string, loadBefore: string, want: Awaited<ReturnType<typeof expectations>> }} info
 */
function report(args, results, notes, info) {
  const m = lib.machine()
  const p = lib.percentile
  const ms = (/** @type {number} */ v) =>
    Number.isFinite(v) ? `${v.toFixed(1)} ms` : "–"
  /** @type {string[][]} */
  const rows = [
    ["measurement", "p50", "p95", "target", "verdict"],
    ...results.map((r) => {
      const p95 = p(r.samples, 95)
      return [
        r.name,
        ms(p(r.samples, 50)),
        ms(p95),
        `≤ ${r.target} ms p95`,
        p95 <= r.target ? "OK" : "MISS",
      ]
    }),
  ]
  const widths = rows[0].map((_, c) =>
    Math.max(...rows.map((r) => r[c].length))
  )
  const line = (/** @type {string[]} */ r) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`
  const rule = `|${widths.map((w, c) => (c === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`
  const out = [
    "",
    `Inbox bench: ${int(args.tickets)} tickets, ${int(args.messages)} messages; ${args.requests} requests per measurement after ${args.warmup} warm-up, one at a time over keep-alive HTTP, logged in as ${USERS[0].first_name}, an agent of every channel but the one that lists two others`,
    `seed: ${info.seed}`,
    `machine: ${m.cores} cores (${m.model}), ${m.memory} RAM, ${m.platform}, Node ${m.node}; load average ${info.loadBefore} before, ${m.load} after`,
    `server: medusa start (admin off), PostgreSQL ${info.postgres}, client and server on this machine`,
    "",
    line(rows[0]),
    rule,
    ...rows.slice(1).map(line),
    "",
  ]
  if (notes.length) {
    out.push(
      "checks that failed (timings still shown):",
      ...notes.map((n) => `  - ${n}`),
      ""
    )
  }
  console.log(out.join("\n"))
}

async function main() {
  const args = lib.parseArgs(process.argv.slice(2), {
    tickets: 100_000,
    messages: 1_000_000,
    requests: 200,
    warmup: 20,
    reuse: false,
  })
  const tickets = Math.round(Number(args.tickets))
  const messages = Math.round(Number(args.messages))
  if (tickets < 1000 || messages < tickets + SPECIAL_MESSAGES) {
    throw new Error(
      `--tickets must be ≥ 1000 and --messages ≥ tickets + ${SPECIAL_MESSAGES} (one ticket has ${SPECIAL_MESSAGES})`
    )
  }
  const loadBefore = lib.machine().load
  const logDir = lib.logDir("bench-inbox")
  const logFile = path.join(logDir, "setup.log")
  log(`server logs in ${logDir}`)

  /** @param {(sql: string, params?: unknown[]) => Promise<import("pg").QueryResult>} query */
  const readSeed = async (query) => {
    const { rows } = await query(
      `select info from bench_inbox_seed where version = $1 and tickets = $2 and messages = $3`,
      [SEED_VERSION, tickets, messages]
    )
    return rows.length ? /** @type {SeedInfo} */ (rows[0].info) : undefined
  }
  const db = args.reuse
    ? await lib.prepareKeptDatabase({
        dbName: KEPT_DB_NAME,
        canReuse: async (query) => !!(await readSeed(query)),
        log,
        logFile,
      })
    : {
        ...(await lib.prepareDatabase({ name: "inbox", log, logFile })),
        reused: false,
      }

  const app = await lib.startServer({
    databaseUrl: db.databaseUrl,
    port: await findFreePort(9300),
    logFile: path.join(logDir, "medusa.log"),
  })
  log(`medusa start on ${app.url} (pid ${app.pid})`)
  const userIds = await ensureAgents(app.url, db.query)

  /** @type {SeedInfo | undefined} */
  let info = db.reused ? await readSeed(db.query) : undefined
  if (info) {
    log(
      `reusing ${KEPT_DB_NAME}, seeded ${info.seededAt} in ${info.seedSeconds.toFixed(1)} s`
    )
  } else {
    log(
      `seeding ${tickets.toLocaleString("en-US")} tickets and ${messages.toLocaleString("en-US")} messages…`
    )
    const client = new Client({ connectionString: db.databaseUrl })
    await client.connect()
    try {
      info = await seed(client, { tickets, messages }, userIds)
      await client.query(
        `create table if not exists bench_inbox_seed (version int, tickets int, messages int, info jsonb)`
      )
      await client.query(`delete from bench_inbox_seed`)
      await client.query(
        `insert into bench_inbox_seed (version, tickets, messages, info) values ($1, $2, $3, $4)`,
        [SEED_VERSION, tickets, messages, JSON.stringify(info)]
      )
    } finally {
      await client.end()
    }
    log(`seeded in ${info.seedSeconds.toFixed(1)} s`)
  }
  const { rows: sizes } = await db.query(
    `select (select count(*) from helpdesk_ticket)::int as tickets,
            (select count(*) from helpdesk_message)::int as messages,
            (select count(*) from helpdesk_ticket_tag)::int as tags,
            pg_size_pretty(pg_database_size(current_database())) as size`
  )
  const sized = sizes[0]
  if (sized.tickets !== tickets || sized.messages !== messages) {
    throw new Error(
      `the database holds ${sized.tickets} tickets and ${sized.messages} messages, not ${tickets} and ${messages}`
    )
  }

  const want = await expectations(db.query, info)
  const token = await login(app.url, USERS[0].email, AGENT_PASSWORD)
  await requireRoutes(app.url, token)
  const { results, notes } = await runMeasurements(app.url, token, info, want, {
    requests: Math.max(1, Math.round(Number(args.requests))),
    warmup: Math.round(Number(args.warmup)),
  })
  keepAlive.destroy()

  const seedLine = `${int(sized.tickets)} tickets, ${int(sized.messages)} messages, ${int(sized.tags)} ticket tags (${sized.size} on disk), ${
    db.reused
      ? `reused ${KEPT_DB_NAME}, seeded ${info.seededAt} in ${info.seedSeconds.toFixed(1)} s`
      : `seeded in ${info.seedSeconds.toFixed(1)} s`
  }`
  report(args, results, notes, {
    seed: seedLine,
    postgres: db.version,
    loadBefore,
    want,
  })
  await app.stop()
  // a bench reports; it fails only when it could not measure
  return 0
}

lib.runMain("inbox", main)
