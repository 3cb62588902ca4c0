import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Full-text indexes the inbox search uses. The data-model language can only index plain
// columns, so these expression indexes are written by hand. 'simple' keeps words as typed:
// PostgreSQL ships no Polish dictionary, and one configuration must serve every locale.
export class Migration20261124135500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_search" ON "helpdesk_ticket" USING GIN (to_tsvector('simple', coalesce("subject", '') || ' ' || coalesce("customer_name", '') || ' ' || coalesce("customer_email", ''))) WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_message_search" ON "helpdesk_message" USING GIN (to_tsvector('simple', "body")) WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_helpdesk_ticket_search";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_helpdesk_message_search";`)
  }
}
