import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205214500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_channel" add column if not exists "email_replies" boolean not null default true, add column if not exists "email_reply_delay_minutes" integer not null default 3;`);

    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "visitor_seen_seq" integer not null default 0, add column if not exists "last_emailed_seq" integer not null default 0;`);

    // Conversations held before e-mail replies existed are not e-mailed now: their replies count as sent.
    this.addSql(`update "helpdesk_ticket" t set "last_emailed_seq" = m.max_seq from (select "ticket_id", max("seq") as max_seq from "helpdesk_message" group by "ticket_id") m where m."ticket_id" = t."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_channel" drop column if exists "email_replies", drop column if exists "email_reply_delay_minutes";`);

    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "visitor_seen_seq", drop column if exists "last_emailed_seq";`);
  }

}
