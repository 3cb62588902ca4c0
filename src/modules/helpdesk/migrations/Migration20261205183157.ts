import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205183157 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_automation_run" drop constraint if exists "helpdesk_automation_run_dedupe_key_unique";`);
    this.addSql(`alter table if exists "helpdesk_automation_rule" drop constraint if exists "helpdesk_automation_rule_trigger_check";`);

    this.addSql(`alter table if exists "helpdesk_automation_run" drop constraint if exists "helpdesk_automation_run_trigger_check";`);

    this.addSql(`alter table if exists "helpdesk_automation_rule" add column if not exists "delay_minutes" integer null;`);
    this.addSql(`alter table if exists "helpdesk_automation_rule" add constraint "helpdesk_automation_rule_trigger_check" check("trigger" in ('ticket_created', 'customer_message', 'agent_message', 'ticket_updated', 'no_agent_reply', 'pending_for'));`);

    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "status_changed_at" timestamptz null;`);

    this.addSql(`alter table if exists "helpdesk_automation_run" add column if not exists "dedupe_key" text null;`);
    this.addSql(`alter table if exists "helpdesk_automation_run" add constraint "helpdesk_automation_run_trigger_check" check("trigger" in ('ticket_created', 'customer_message', 'agent_message', 'ticket_updated', 'no_agent_reply', 'pending_for'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_run_rule_id_created_at" ON "helpdesk_automation_run" ("rule_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_automation_run_dedupe_key_unique" ON "helpdesk_automation_run" ("dedupe_key") WHERE dedupe_key IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_automation_rule" drop constraint if exists "helpdesk_automation_rule_trigger_check";`);

    this.addSql(`alter table if exists "helpdesk_automation_run" drop constraint if exists "helpdesk_automation_run_trigger_check";`);

    this.addSql(`alter table if exists "helpdesk_automation_rule" drop column if exists "delay_minutes";`);

    this.addSql(`alter table if exists "helpdesk_automation_rule" add constraint "helpdesk_automation_rule_trigger_check" check("trigger" in ('ticket_created', 'customer_message', 'agent_message', 'ticket_updated'));`);

    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "status_changed_at";`);

    this.addSql(`drop index if exists "IDX_helpdesk_automation_run_rule_id_created_at";`);
    this.addSql(`drop index if exists "IDX_helpdesk_automation_run_dedupe_key_unique";`);
    this.addSql(`alter table if exists "helpdesk_automation_run" drop column if exists "dedupe_key";`);

    this.addSql(`alter table if exists "helpdesk_automation_run" add constraint "helpdesk_automation_run_trigger_check" check("trigger" in ('ticket_created', 'customer_message', 'agent_message', 'ticket_updated'));`);
  }

}
