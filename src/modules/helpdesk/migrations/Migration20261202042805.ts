import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202042805 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "sentiment_flags" text[] null, add column if not exists "sentiment_set_by" text null, add column if not exists "context_set_by" text null;`);

    this.addSql(`alter table if exists "helpdesk_message" add column if not exists "sentiment" text check ("sentiment" in ('positive', 'neutral', 'negative')) null, add column if not exists "sentiment_flags" text[] null, add column if not exists "topics" jsonb null, add column if not exists "language" text null, add column if not exists "classified_by" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "sentiment_flags", drop column if exists "sentiment_set_by", drop column if exists "context_set_by";`);

    this.addSql(`alter table if exists "helpdesk_message" drop column if exists "sentiment", drop column if exists "sentiment_flags", drop column if exists "topics", drop column if exists "language", drop column if exists "classified_by";`);
  }

}
