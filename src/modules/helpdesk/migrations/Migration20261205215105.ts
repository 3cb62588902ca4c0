import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Attachments: files shoppers and agents put into conversations, stored through the File module.
// A message takes an attachment once; the index on message_id serves the transcript.
export class Migration20261205215105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "helpdesk_attachment" ("id" text not null, "ticket_id" text not null, "message_id" text null, "file_id" text not null, "name" text not null, "mime_type" text check ("mime_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf')) not null, "size" integer not null, "uploaded_by_type" text check ("uploaded_by_type" in ('customer', 'agent')) not null, "uploaded_by_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_attachment_deleted_at" ON "helpdesk_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_attachment_ticket_id_created_at" ON "helpdesk_attachment" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_attachment_message_id" ON "helpdesk_attachment" ("message_id") WHERE message_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_attachment" cascade;`);
  }

}
