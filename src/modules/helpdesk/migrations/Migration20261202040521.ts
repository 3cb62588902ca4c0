import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// BaseLinker orders are cached per shopper e-mail instead of per ticket. The old rows are only
// a cache, so they are dropped rather than moved: the next look fetches them again.
export class Migration20261202040521 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_external_order" drop constraint if exists "helpdesk_external_order_source_email_external_id_unique";`);
    this.addSql(`alter table if exists "helpdesk_external_order_lookup" drop constraint if exists "helpdesk_external_order_lookup_source_email_unique";`);
    this.addSql(`create table if not exists "helpdesk_external_order_lookup" ("id" text not null, "source" text check ("source" in ('baselinker')) not null, "email" text not null, "fetched_at" timestamptz not null, "count" integer not null default 0, "capped" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_external_order_lookup_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_lookup_deleted_at" ON "helpdesk_external_order_lookup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_lookup_source_email_unique" ON "helpdesk_external_order_lookup" ("source", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_lookup_fetched_at" ON "helpdesk_external_order_lookup" ("fetched_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_external_order" drop constraint if exists "helpdesk_external_order_ticket_id_foreign";`);

    this.addSql(`drop index if exists "IDX_helpdesk_external_order_ticket_id";`);
    this.addSql(`drop index if exists "IDX_helpdesk_external_order_ticket_id_source_external_id_unique";`);
    this.addSql(`alter table if exists "helpdesk_external_order" drop column if exists "ticket_id";`);

    this.addSql(`delete from "helpdesk_external_order";`);
    this.addSql(`alter table if exists "helpdesk_external_order" add column if not exists "email" text not null, add column if not exists "ordered_at" timestamptz not null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_source_email_external_id_unique" ON "helpdesk_external_order" ("source", "email", "external_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_source_email_ordered_at" ON "helpdesk_external_order" ("source", "email", "ordered_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_external_order_lookup" cascade;`);

    this.addSql(`drop index if exists "IDX_helpdesk_external_order_source_email_external_id_unique";`);
    this.addSql(`drop index if exists "IDX_helpdesk_external_order_source_email_ordered_at";`);
    this.addSql(`alter table if exists "helpdesk_external_order" drop column if exists "email", drop column if exists "ordered_at";`);

    this.addSql(`delete from "helpdesk_external_order";`);
    this.addSql(`alter table if exists "helpdesk_external_order" add column if not exists "ticket_id" text not null;`);
    this.addSql(`alter table if exists "helpdesk_external_order" add constraint "helpdesk_external_order_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_ticket_id" ON "helpdesk_external_order" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_ticket_id_source_external_id_unique" ON "helpdesk_external_order" ("ticket_id", "source", "external_id") WHERE deleted_at IS NULL;`);
  }

}
