import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261124134930 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "helpdesk_ticket_tag" drop constraint if exists "helpdesk_ticket_tag_ticket_id_tag_id_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_ticket_follower" drop constraint if exists "helpdesk_ticket_follower_ticket_id_user_id_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_external_order" drop constraint if exists "helpdesk_external_order_ticket_id_source_external_id_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_message" drop constraint if exists "helpdesk_message_ticket_id_client_id_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_message" drop constraint if exists "helpdesk_message_ticket_id_seq_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_ticket" drop constraint if exists "helpdesk_ticket_number_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_team_member" drop constraint if exists "helpdesk_team_member_team_id_user_id_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_tag" drop constraint if exists "helpdesk_tag_name_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_channel_agent" drop constraint if exists "helpdesk_channel_agent_channel_id_user_id_unique";`
    )
    this.addSql(
      `alter table if exists "helpdesk_contact" drop constraint if exists "helpdesk_contact_email_unique";`
    )
    this.addSql(
      `create table if not exists "helpdesk_automation_rule" ("id" text not null, "name" text not null, "enabled" boolean not null default true, "position" integer not null default 0, "trigger" text check ("trigger" in ('ticket_created', 'customer_message', 'agent_message', 'ticket_updated')) not null, "conditions" jsonb not null, "actions" jsonb not null, "stop_processing" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_automation_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_rule_deleted_at" ON "helpdesk_automation_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_rule_trigger_enabled_position" ON "helpdesk_automation_rule" ("trigger", "enabled", "position") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_contact" ("id" text not null, "email" text not null, "name" text null, "note" text null, "blocked" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_contact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_contact_deleted_at" ON "helpdesk_contact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_contact_email_unique" ON "helpdesk_contact" ("email") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_inbox" ("id" text not null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_inbox_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_inbox_deleted_at" ON "helpdesk_inbox" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_channel" ("id" text not null, "name" text not null, "welcome_message" text null, "alignment" text check ("alignment" in ('left', 'right')) not null default 'right', "vertical_offset" integer not null default 25, "path_list_type" text check ("path_list_type" in ('whitelist', 'blacklist')) not null default 'blacklist', "paths" text[] not null default '{}', "store_url" text not null, "timezone" text not null default 'UTC', "opening_hours" jsonb not null default '{"mon":[{"from":"09:00","to":"17:00"}],"tue":[{"from":"09:00","to":"17:00"}],"wed":[{"from":"09:00","to":"17:00"}],"thu":[{"from":"09:00","to":"17:00"}],"fri":[{"from":"09:00","to":"17:00"}],"sat":[],"sun":[]}', "holidays" text[] not null default '{}', "after_hours_behavior" text check ("after_hours_behavior" in ('display_message', 'hide_widget')) not null default 'display_message', "after_hours_message" text null, "locale" text check ("locale" in ('en', 'pl')) not null default 'en', "color" text not null default '#1f6feb', "enabled" boolean not null default true, "inbox_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_channel_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_channel_inbox_id" ON "helpdesk_channel" ("inbox_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_channel_deleted_at" ON "helpdesk_channel" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_channel_agent" ("id" text not null, "user_id" text not null, "channel_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_channel_agent_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_channel_agent_user_id" ON "helpdesk_channel_agent" ("user_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_channel_agent_channel_id" ON "helpdesk_channel_agent" ("channel_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_channel_agent_deleted_at" ON "helpdesk_channel_agent" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_channel_agent_channel_id_user_id_unique" ON "helpdesk_channel_agent" ("channel_id", "user_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_project" ("id" text not null, "name" text not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_project_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_project_deleted_at" ON "helpdesk_project" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_tag" ("id" text not null, "name" text not null, "color" text not null default '#6b7280', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_tag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_tag_deleted_at" ON "helpdesk_tag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_tag_name_unique" ON "helpdesk_tag" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_team" ("id" text not null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_team_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_team_deleted_at" ON "helpdesk_team" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_team_member" ("id" text not null, "user_id" text not null, "team_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_team_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_team_member_user_id" ON "helpdesk_team_member" ("user_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_team_member_team_id" ON "helpdesk_team_member" ("team_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_team_member_deleted_at" ON "helpdesk_team_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_team_member_team_id_user_id_unique" ON "helpdesk_team_member" ("team_id", "user_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_ticket" ("id" text not null, "number" serial, "subject" text not null, "status" text check ("status" in ('new', 'open', 'pending', 'closed')) not null default 'new', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "customer_name" text null, "customer_email" text not null, "customer_id" text null, "assignee_id" text null, "seller_login" text null, "last_message_at" timestamptz null, "last_message_author" text check ("last_message_author" in ('customer', 'agent', 'system', 'automation')) null, "sentiment" text null, "context" text null, "skip_next_autoresponder" boolean not null default false, "page_url" text null, "user_agent" text null, "locale" text null, "closed_at" timestamptz null, "first_response_at" timestamptz null, "channel_id" text null, "inbox_id" text null, "team_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_channel_id" ON "helpdesk_ticket" ("channel_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_inbox_id" ON "helpdesk_ticket" ("inbox_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_team_id" ON "helpdesk_ticket" ("team_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_deleted_at" ON "helpdesk_ticket" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_number_unique" ON "helpdesk_ticket" ("number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_status_last_message_at" ON "helpdesk_ticket" ("status", "last_message_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_assignee_id_status" ON "helpdesk_ticket" ("assignee_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_channel_id_status" ON "helpdesk_ticket" ("channel_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_customer_email" ON "helpdesk_ticket" ("customer_email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_customer_id" ON "helpdesk_ticket" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_last_message_at" ON "helpdesk_ticket" ("last_message_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_task" ("id" text not null, "title" text not null, "description" text null, "status" text check ("status" in ('todo', 'doing', 'done')) not null default 'todo', "due_at" timestamptz null, "assignee_id" text null, "project_id" text null, "ticket_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_task_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_task_project_id" ON "helpdesk_task" ("project_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_task_ticket_id" ON "helpdesk_task" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_task_deleted_at" ON "helpdesk_task" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_task_project_id_status" ON "helpdesk_task" ("project_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_task_assignee_id" ON "helpdesk_task" ("assignee_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_message" ("id" text not null, "seq" integer not null, "client_id" text null, "author_type" text check ("author_type" in ('customer', 'agent', 'system', 'automation')) not null, "author_id" text null, "body" text not null, "kind" text check ("kind" in ('message', 'event', 'note')) not null default 'message', "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_message_ticket_id" ON "helpdesk_message" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_message_deleted_at" ON "helpdesk_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_message_ticket_id_seq_unique" ON "helpdesk_message" ("ticket_id", "seq");`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_message_ticket_id_client_id_unique" ON "helpdesk_message" ("ticket_id", "client_id") WHERE client_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_external_order" ("id" text not null, "source" text check ("source" in ('baselinker')) not null, "external_id" text not null, "status_id" text null, "summary" jsonb not null, "fetched_at" timestamptz not null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_external_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_ticket_id" ON "helpdesk_external_order" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_deleted_at" ON "helpdesk_external_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_external_order_ticket_id_source_external_id_unique" ON "helpdesk_external_order" ("ticket_id", "source", "external_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_automation_run" ("id" text not null, "trigger" text check ("trigger" in ('ticket_created', 'customer_message', 'agent_message', 'ticket_updated')) not null, "matched" boolean not null, "actions_applied" jsonb null, "error" text null, "rule_id" text not null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_automation_run_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_run_rule_id" ON "helpdesk_automation_run" ("rule_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_run_ticket_id" ON "helpdesk_automation_run" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_run_deleted_at" ON "helpdesk_automation_run" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_automation_run_ticket_id_created_at" ON "helpdesk_automation_run" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_ticket_follower" ("id" text not null, "user_id" text not null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_follower_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_follower_user_id" ON "helpdesk_ticket_follower" ("user_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_follower_ticket_id" ON "helpdesk_ticket_follower" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_follower_deleted_at" ON "helpdesk_ticket_follower" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_follower_ticket_id_user_id_unique" ON "helpdesk_ticket_follower" ("ticket_id", "user_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "helpdesk_ticket_tag" ("id" text not null, "ticket_id" text not null, "tag_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_tag_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_tag_ticket_id" ON "helpdesk_ticket_tag" ("ticket_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_tag_tag_id" ON "helpdesk_ticket_tag" ("tag_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_tag_deleted_at" ON "helpdesk_ticket_tag" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_tag_ticket_id_tag_id_unique" ON "helpdesk_ticket_tag" ("ticket_id", "tag_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "helpdesk_channel" add constraint "helpdesk_channel_inbox_id_foreign" foreign key ("inbox_id") references "helpdesk_inbox" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "helpdesk_channel_agent" add constraint "helpdesk_channel_agent_channel_id_foreign" foreign key ("channel_id") references "helpdesk_channel" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "helpdesk_team_member" add constraint "helpdesk_team_member_team_id_foreign" foreign key ("team_id") references "helpdesk_team" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "helpdesk_ticket" add constraint "helpdesk_ticket_channel_id_foreign" foreign key ("channel_id") references "helpdesk_channel" ("id") on update cascade on delete set null;`
    )
    this.addSql(
      `alter table if exists "helpdesk_ticket" add constraint "helpdesk_ticket_inbox_id_foreign" foreign key ("inbox_id") references "helpdesk_inbox" ("id") on update cascade on delete set null;`
    )
    this.addSql(
      `alter table if exists "helpdesk_ticket" add constraint "helpdesk_ticket_team_id_foreign" foreign key ("team_id") references "helpdesk_team" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "helpdesk_task" add constraint "helpdesk_task_project_id_foreign" foreign key ("project_id") references "helpdesk_project" ("id") on update cascade on delete set null;`
    )
    this.addSql(
      `alter table if exists "helpdesk_task" add constraint "helpdesk_task_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "helpdesk_message" add constraint "helpdesk_message_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "helpdesk_external_order" add constraint "helpdesk_external_order_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "helpdesk_automation_run" add constraint "helpdesk_automation_run_rule_id_foreign" foreign key ("rule_id") references "helpdesk_automation_rule" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "helpdesk_automation_run" add constraint "helpdesk_automation_run_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "helpdesk_ticket_follower" add constraint "helpdesk_ticket_follower_ticket_id_foreign" foreign key ("ticket_id") references "helpdesk_ticket" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "helpdesk_automation_run" drop constraint if exists "helpdesk_automation_run_rule_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_channel" drop constraint if exists "helpdesk_channel_inbox_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_ticket" drop constraint if exists "helpdesk_ticket_inbox_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_channel_agent" drop constraint if exists "helpdesk_channel_agent_channel_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_ticket" drop constraint if exists "helpdesk_ticket_channel_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_task" drop constraint if exists "helpdesk_task_project_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_team_member" drop constraint if exists "helpdesk_team_member_team_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_ticket" drop constraint if exists "helpdesk_ticket_team_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_task" drop constraint if exists "helpdesk_task_ticket_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_message" drop constraint if exists "helpdesk_message_ticket_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_external_order" drop constraint if exists "helpdesk_external_order_ticket_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_automation_run" drop constraint if exists "helpdesk_automation_run_ticket_id_foreign";`
    )

    this.addSql(
      `alter table if exists "helpdesk_ticket_follower" drop constraint if exists "helpdesk_ticket_follower_ticket_id_foreign";`
    )

    this.addSql(`drop table if exists "helpdesk_automation_rule" cascade;`)

    this.addSql(`drop table if exists "helpdesk_contact" cascade;`)

    this.addSql(`drop table if exists "helpdesk_inbox" cascade;`)

    this.addSql(`drop table if exists "helpdesk_channel" cascade;`)

    this.addSql(`drop table if exists "helpdesk_channel_agent" cascade;`)

    this.addSql(`drop table if exists "helpdesk_project" cascade;`)

    this.addSql(`drop table if exists "helpdesk_tag" cascade;`)

    this.addSql(`drop table if exists "helpdesk_team" cascade;`)

    this.addSql(`drop table if exists "helpdesk_team_member" cascade;`)

    this.addSql(`drop table if exists "helpdesk_ticket" cascade;`)

    this.addSql(`drop table if exists "helpdesk_task" cascade;`)

    this.addSql(`drop table if exists "helpdesk_message" cascade;`)

    this.addSql(`drop table if exists "helpdesk_external_order" cascade;`)

    this.addSql(`drop table if exists "helpdesk_automation_run" cascade;`)

    this.addSql(`drop table if exists "helpdesk_ticket_follower" cascade;`)

    this.addSql(`drop table if exists "helpdesk_ticket_tag" cascade;`)
  }
}
