import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Indexes for the inbox's filtered lists and the ticket page.
// - A list filtered by channel, status and priority reads its page straight off the first
//   index, in the list's order, and stops after one page.
// - A tag filter finds its tickets from the tag.
// - The ticket page loads tags through Medusa's Query, whose SQL does not repeat the
//   `deleted_at is null` of the partial indexes, so it needs one without that condition.
export class Migration20261125000200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_filter_order" ON "helpdesk_ticket" ("channel_id", "status", "priority", "last_message_at" DESC NULLS LAST, "id" DESC) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_tag_tag_id_ticket_id" ON "helpdesk_ticket_tag" ("tag_id", "ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_tag_ticket_id_any" ON "helpdesk_ticket_tag" ("ticket_id");`
    )
  }

  override async down(): Promise<void> {
    for (const name of [
      "IDX_helpdesk_ticket_filter_order",
      "IDX_helpdesk_ticket_tag_tag_id_ticket_id",
      "IDX_helpdesk_ticket_tag_ticket_id_any",
    ]) {
      this.addSql(`DROP INDEX IF EXISTS "${name}";`)
    }
  }
}
