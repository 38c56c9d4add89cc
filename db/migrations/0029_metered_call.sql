-- The metered API call in one round trip (content/docs/modules/usage.mdx, "How a metered call is
-- counted"). lib/usage/fast-meter.ts calls both functions in one SELECT, so they commit or roll
-- back together: a statement is its own transaction. Each does the common case only; anything else
-- (a changed plan, a hard quota reached, credits short or due to expire, a repeated key) raises
-- SQLSTATE KS001, which undoes the whole statement, and the caller runs the general path
-- (lib/usage/echo.ts meterApiCall), which gives the exact answer or error.

-- Counts one call against the tenant's counter for the period and records its usage event.
-- The caller passes the plan it priced the call with; a tenant_plans row that no longer matches
-- sends the call to the general path, so a cached plan never admits a call its new plan refuses.
create or replace function keel_usage_meter(
  p_tenant_id text,
  p_has_plan_row boolean,
  p_plan text,
  p_state text,
  p_plan_period_start timestamptz,
  p_plan_period_end timestamptz,
  p_meter text,
  p_quantity integer,
  p_count boolean,
  p_limit bigint,
  p_hard boolean,
  p_period_start timestamptz,
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
  select plan, state, period_start, period_end into v_plan from tenant_plans where tenant_id = p_tenant_id;
  if found <> p_has_plan_row
    or (found and (v_plan.plan, v_plan.state, date_trunc('milliseconds', v_plan.period_start), date_trunc('milliseconds', v_plan.period_end)) is distinct from (p_plan, p_state, p_plan_period_start, p_plan_period_end)) then
    raise exception 'plan changed' using errcode = 'KS001';
  end if;

  if p_count then
    insert into usage_counters as c (tenant_id, meter, period_start, used)
    values (p_tenant_id, p_meter, p_period_start, p_quantity)
    on conflict (tenant_id, meter, period_start) do update
      set used = c.used + excluded.used
      where not p_hard or c.used + excluded.used <= p_limit
    returning c.used into v_used;
    -- No row: the conditional update refused (hard limit). Past the limit on a first insert: the
    -- same. The general path answers 429 with the figures.
    if v_used is null or (p_hard and v_used > p_limit) then
      raise exception 'quota reached' using errcode = 'KS001';
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
--> statement-breakpoint

-- Spends credits as lib/credits/ledger.ts deductFromBalance does: one conditional UPDATE of the
-- balance, the grants drawn down soonest-expiring first, then oldest, and one `deduct` ledger entry
-- under the idempotency key. Returns the balance after, and whether the low-balance warning is due
-- (the caller sends it through afterBalanceChange, which flips the flag once).
create or replace function keel_credits_spend(
  p_tenant_id text,
  p_amount bigint,
  p_reason text,
  p_idempotency_key text,
  p_entry_id text,
  p_now timestamptz,
  p_low_threshold bigint
) returns jsonb
language plpgsql
as $$
declare
  v_balance bigint;
  v_warned boolean;
  v_left bigint := p_amount;
  v_take bigint;
  v_grant record;
begin
  -- Grants past their expiry are expired first, with entries of their own: the general path.
  if exists (select 1 from credit_grants where tenant_id = p_tenant_id and remaining > 0 and expires_at <= p_now) then
    raise exception 'grants to expire' using errcode = 'KS001';
  end if;
  update credit_balances set balance = balance - p_amount, updated_at = now()
  where tenant_id = p_tenant_id and balance >= p_amount
  returning balance, low_balance_warned into v_balance, v_warned;
  if not found then
    raise exception 'credits short' using errcode = 'KS001';
  end if;
  for v_grant in
    select id, remaining from credit_grants
    where tenant_id = p_tenant_id and remaining > 0 and (expires_at is null or expires_at > p_now)
    order by expires_at asc nulls last, id asc
    for update
  loop
    exit when v_left = 0;
    v_take := least(v_left, v_grant.remaining);
    update credit_grants set remaining = remaining - v_take where id = v_grant.id;
    v_left := v_left - v_take;
  end loop;
  if v_left > 0 then
    -- The balance said yes but the grants cannot cover it: the general path reports the disagreement.
    raise exception 'balance and grants disagree' using errcode = 'KS001';
  end if;
  insert into credit_ledger (id, tenant_id, kind, amount, balance_after, reason, idempotency_key)
  values (p_entry_id, p_tenant_id, 'deduct', -p_amount, v_balance, p_reason, p_idempotency_key)
  on conflict (tenant_id, idempotency_key) do nothing;
  if not found then
    raise exception 'repeated idempotency key' using errcode = 'KS001';
  end if;
  return jsonb_build_object('balance', v_balance, 'lowBalanceDue', v_balance < p_low_threshold and not v_warned);
end;
$$;
