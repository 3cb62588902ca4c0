import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Indexes for the inbox list. Each view reads its first page straight off an index in the
// list's order (newest conversation first, id as tiebreaker), so a page costs the same with
// a hundred tickets or a hundred thousand. The last one lets the sidebar badges be counted
// from the index alone.
export class Migration20261125000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_list_order" ON "helpdesk_ticket" ("last_message_at" DESC NULLS LAST, "id" DESC) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_to_handle_order" ON "helpdesk_ticket" ("last_message_at" DESC NULLS LAST, "id" DESC) WHERE deleted_at IS NULL AND status IN ('new', 'open');`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_unassigned_order" ON "helpdesk_ticket" ("last_message_at" DESC NULLS LAST, "id" DESC) WHERE deleted_at IS NULL AND assignee_id IS NULL AND status <> 'closed';`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_assignee_order" ON "helpdesk_ticket" ("assignee_id", "last_message_at" DESC NULLS LAST, "id" DESC) WHERE deleted_at IS NULL AND status <> 'closed';`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_status_order" ON "helpdesk_ticket" ("status", "last_message_at" DESC NULLS LAST, "id" DESC) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_created_order" ON "helpdesk_ticket" ("created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_view_counts" ON "helpdesk_ticket" ("status", "assignee_id", "channel_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    for (const name of [
      "IDX_helpdesk_ticket_list_order",
      "IDX_helpdesk_ticket_to_handle_order",
      "IDX_helpdesk_ticket_unassigned_order",
      "IDX_helpdesk_ticket_assignee_order",
      "IDX_helpdesk_ticket_status_order",
      "IDX_helpdesk_ticket_created_order",
      "IDX_helpdesk_ticket_view_counts",
    ]) {
      this.addSql(`DROP INDEX IF EXISTS "${name}";`)
    }
  }
}
