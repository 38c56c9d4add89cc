-- Quota periods follow each tenant's billing cycle (lib/plans/period.ts): a counter now carries its
-- own end, and the close job bills each counter once its end has passed (closed_at).
ALTER TABLE "simulator_subscriptions" ADD COLUMN "previous_billing_date" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "current_period_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD COLUMN "period_end" timestamp with time zone;--> statement-breakpoint
-- Every counter so far was a calendar month (UTC).
UPDATE "usage_counters" SET "period_end" = (("period_start" at time zone 'UTC') + interval '1 month') at time zone 'UTC';--> statement-breakpoint
ALTER TABLE "usage_counters" ALTER COLUMN "period_end" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
-- The old job closed last month at 01:30 on each day of this one: months that ended over a day ago
-- are closed. Younger ones are left to the new job; its fee rows' key keeps anything from billing twice.
UPDATE "usage_counters" SET "closed_at" = now() WHERE "period_end" <= now() - interval '1 day';--> statement-breakpoint
CREATE INDEX "usage_counters_to_close_idx" ON "usage_counters" USING btree ("period_end") WHERE "usage_counters"."closed_at" is null;--> statement-breakpoint

-- The end an open counter should have when its tenant's period now ends at p_end: the provider
-- moved the end (a late renewal arrived with its real date), unless a later counter starts first or
-- the counter is closed. Evaluates the neighbour only when the ends differ, which is rare.
create or replace function keel_usage_counter_end(p_tenant_id text, p_meter text, p_start timestamptz, p_stored_end timestamptz, p_closed_at timestamptz, p_end timestamptz) returns timestamptz
language sql stable
as $$
  select case
    when p_stored_end = p_end or p_closed_at is not null then p_stored_end
    else least(p_end, coalesce((select min(n.period_start) from usage_counters n where n.tenant_id = p_tenant_id and n.meter = p_meter and n.period_start > p_start), p_end))
  end
$$;
--> statement-breakpoint

-- Opens the counter for [p_start, p_end) if it is not there, fitted between its neighbours: the
-- counter before it ends where it starts, and it ends where a later one starts. A tenant's
-- counters for a meter so never overlap, and an event is billed in one period only, when the cycle
-- moves (free to paid mid-month, a new billing date). An open counter takes a moved end
-- (keel_usage_counter_end).
create or replace function keel_usage_counter_open(p_tenant_id text, p_meter text, p_start timestamptz, p_end timestamptz) returns void
language plpgsql
as $$
declare
  v_next timestamptz;
begin
  -- Earlier counter first, then this one: every writer locks a tenant's counters in the order of
  -- their starts (ingest counts its groups in that order too), so two cannot deadlock. Once this
  -- period's counter exists, no earlier one reaches past its start and this update touches nothing.
  update usage_counters set period_end = p_start
  where tenant_id = p_tenant_id and meter = p_meter and period_start < p_start and period_end > p_start;
  select min(period_start) into v_next from usage_counters where tenant_id = p_tenant_id and meter = p_meter and period_start > p_start;
  insert into usage_counters as c (tenant_id, meter, period_start, period_end)
  values (p_tenant_id, p_meter, p_start, least(p_end, coalesce(v_next, p_end)))
  on conflict (tenant_id, meter, period_start) do update
    set period_end = keel_usage_counter_end(c.tenant_id, c.meter, c.period_start, c.period_end, c.closed_at, p_end)
    where c.period_end <> p_end and c.closed_at is null;
end;
$$;
--> statement-breakpoint

-- keel_usage_meter as in 0029, with the period's end (the counter is opened by keel_usage_counter_open
-- the first time a period is seen) and the plan's interval among what the cached plan must match.
DROP FUNCTION IF EXISTS keel_usage_meter(text, boolean, text, text, timestamptz, timestamptz, text, integer, boolean, bigint, boolean, timestamptz, text, text, timestamptz, text, jsonb);--> statement-breakpoint
create or replace function keel_usage_meter(
  p_tenant_id text,
  p_has_plan_row boolean,
  p_plan text,
  p_state text,
  p_interval text,
  p_plan_period_start timestamptz,
  p_plan_period_end timestamptz,
  p_meter text,
  p_quantity integer,
  p_count boolean,
  p_limit bigint,
  p_hard boolean,
  p_period_start timestamptz,
  p_period_end timestamptz,
  p_event_id text,
  p_api_key_id text,
  p_timestamp timestamptz,
  p_idempotency_key text,
  p_properties jsonb
) returns bigint
language plpgsql
as $$
declare
  v_plan record;
  v_used bigint;
begin
  -- Periods compare to the millisecond: the caller's copy went through a JavaScript Date.
  select plan, state, interval, period_start, period_end into v_plan from tenant_plans where tenant_id = p_tenant_id;
  if found <> p_has_plan_row
    or (found and (v_plan.plan, v_plan.state, v_plan.interval, date_trunc('milliseconds', v_plan.period_start), date_trunc('milliseconds', v_plan.period_end)) is distinct from (p_plan, p_state, p_interval, p_plan_period_start, p_plan_period_end)) then
    raise exception 'plan changed' using errcode = 'KS001';
  end if;

  if p_count then
    -- The common case is one UPDATE of the period's counter, which exists from the period's first call on.
    update usage_counters as c set used = c.used + p_quantity, period_end = keel_usage_counter_end(c.tenant_id, c.meter, c.period_start, c.period_end, c.closed_at, p_period_end)
    where tenant_id = p_tenant_id and meter = p_meter and period_start = p_period_start
      and (not p_hard or c.used + p_quantity <= p_limit)
    returning c.used into v_used;
    if not found then
      if exists (select 1 from usage_counters where tenant_id = p_tenant_id and meter = p_meter and period_start = p_period_start) then
        -- The conditional update refused (hard limit): the general path answers 429 with the figures.
        raise exception 'quota reached' using errcode = 'KS001';
      end if;
      perform keel_usage_counter_open(p_tenant_id, p_meter, p_period_start, p_period_end);
      update usage_counters as c set used = c.used + p_quantity
      where tenant_id = p_tenant_id and meter = p_meter and period_start = p_period_start
        and (not p_hard or c.used + p_quantity <= p_limit)
      returning c.used into v_used;
      if not found then
        raise exception 'quota reached' using errcode = 'KS001';
      end if;
    end if;
  else
    select used into v_used from usage_counters where tenant_id = p_tenant_id and meter = p_meter and period_start = p_period_start;
    v_used := coalesce(v_used, 0);
  end if;

  insert into usage_events (id, tenant_id, meter, quantity, "timestamp", api_key_id, properties, idempotency_key)
  values (p_event_id, p_tenant_id, p_meter, p_quantity, p_timestamp, p_api_key_id, p_properties, p_idempotency_key)
  on conflict (tenant_id, idempotency_key) do nothing;
  if not found then
    raise exception 'repeated idempotency key' using errcode = 'KS001';
  end if;
  return v_used;
end;
$$;
