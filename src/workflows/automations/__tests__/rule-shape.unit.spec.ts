import {
  actionsProblems,
  conditionsProblems,
  delayProblem,
  ruleChannelIds,
  type RuleReference,
} from "../utils/rule-shape"

describe("automation rule shape", () => {
  it("collects every id a rule names for the existence check", () => {
    const refs: RuleReference[] = []
    expect(
      conditionsProblems(
        {
          match: "any",
          predicates: [
            {
              field: "channel_id",
              operator: "in",
              value: ["hdch_1", "hdch_2"],
            },
            { field: "assignee_id", operator: "is", value: null },
            { field: "tag_id", operator: "contains", value: "hdtg_1" },
          ],
        },
        refs
      )
    ).toEqual([])
    expect(
      actionsProblems(
        [
          { type: "assign_team", team_id: "hdtm_1" },
          { type: "assign_agent", user_id: null },
        ],
        refs
      )
    ).toEqual([])
    expect(refs.map((r) => [r.ref, r.id, r.where])).toEqual([
      ["channel", "hdch_1", "conditions.predicates[0].value[0]"],
      ["channel", "hdch_2", "conditions.predicates[0].value[1]"],
      ["tag", "hdtg_1", "conditions.predicates[2].value"],
      ["team", "hdtm_1", "actions[0].team_id"],
    ])
  })

  it("refuses an operator that does not fit the field and a value of the wrong kind", () => {
    const problems = (predicate: Record<string, unknown>) =>
      conditionsProblems({ match: "all", predicates: [predicate] }).map(
        (p) => p.message
      )
    expect(
      problems({ field: "message_text", operator: "gte", value: "a" })[0]
    ).toMatch(/operator for message_text must be one of contains, not_contains/)
    expect(
      problems({
        field: "medusa_order_total",
        operator: "gte",
        value: "100",
      })[0]
    ).toMatch(/value must be a number/)
    expect(
      problems({
        field: "within_opening_hours",
        operator: "is",
        value: "yes",
      })[0]
    ).toMatch(/value must be true or false/)
    expect(
      problems({ field: "channel_id", operator: "in", value: [] })[0]
    ).toMatch(/list of 1 to 100 values/)
    expect(
      problems({ field: "status", operator: "is", value: "done", extra: 1 })[0]
    ).toMatch(/has no field "extra"/)
  })

  it("refuses unknown variables in every text of an action", () => {
    const messages = actionsProblems([
      { type: "send_email", subject: "#{ticket.id}", body: "ok" },
      { type: "add_note", body: "{agent.name}" },
    ]).map((p) => p.message)
    expect(messages).toEqual([
      expect.stringMatching(
        /actions\[0\].subject names the unknown variable \{ticket.id\}/
      ),
      expect.stringMatching(
        /actions\[1\].body names the unknown variable \{agent.name\}/
      ),
    ])
  })

  it("requires delay_minutes for timed triggers and refuses it for the others", () => {
    expect(delayProblem("no_agent_reply", 15)).toBeNull()
    expect(delayProblem("pending_for", undefined)?.message).toMatch(
      /is required/
    )
    expect(delayProblem("pending_for", 0)?.message).toMatch(/is required/)
    expect(delayProblem("ticket_created", 5)?.message).toMatch(/applies only/)
    expect(delayProblem("ticket_created", null)).toBeNull()
  })

  it("names the channels of a rule's channel_id conditions", () => {
    expect(
      ruleChannelIds({
        match: "all",
        predicates: [
          { field: "channel_id", operator: "is", value: "hdch_1" },
          { field: "channel_id", operator: "in", value: ["hdch_1", "hdch_2"] },
          { field: "status", operator: "is", value: "new" },
        ],
      })
    ).toEqual(["hdch_1", "hdch_2"])
  })
})
