import { sql, type SQL } from "drizzle-orm";

/** Pageviews of one visitor further apart than this start a new visit. */
export const visitGapMinutes = 30;

/**
 * The daily rollup rows for the raw pageviews `where` selects (a condition on analytics_events),
 * as one SQL query with the columns of analytics_daily, in its column order. The rollup job
 * inserts its result for closed days; the overview runs it for days not rolled up yet (today), so
 * both count the same way by construction, and the property test checks that they do.
 *
 * Visits are cut per visitor and day wherever two pageviews are more than 30 minutes apart; a
 * visit's source, campaign, country and device are those of its first pageview, its duration runs
 * from its first pageview to its last. `page` rows count every pageview of the path, and as
 * sessions, bounces and duration the visits that entered there.
 */
export function rollupRows(where: SQL): SQL {
  return sql`
    with pv as (
      select id, day, visitor, occurred_at, path, source, utm_campaign, country, device,
        case when occurred_at - lag(occurred_at) over w <= interval '${sql.raw(String(visitGapMinutes))} minutes' then 0 else 1 end as starts
      from analytics_events
      where name = 'pageview' and (${where})
      window w as (partition by day, visitor collate "C" order by occurred_at, id)
    ), numbered as (
      -- Same window as pv's, so Postgres sorts once for both; "C" collation compares the hashes
      -- as bytes (a locale's rules cost a third of the query's time and mean nothing for a hash).
      select *, sum(starts) over (partition by day, visitor collate "C" order by occurred_at, id rows unbounded preceding) as visit from pv
    ), visits as (
      -- The row that starts a visit (starts = 1, exactly one per visit) carries its entry page,
      -- source, campaign, country and device: filtered aggregates, no sorting.
      select day, visitor, count(*)::int as pageviews,
        extract(epoch from max(occurred_at) - min(occurred_at))::bigint as duration,
        max(path) filter (where starts = 1) as entry,
        max(source) filter (where starts = 1) as source,
        max(utm_campaign) filter (where starts = 1) as campaign,
        max(country) filter (where starts = 1) as country,
        max(device) filter (where starts = 1) as device
      from numbered group by day, visitor, visit
    ), by_visit as (
      select day, 'total' as dimension, '' as value, visitor, pageviews, duration from visits
      union all select day, 'source', coalesce(source, ''), visitor, pageviews, duration from visits
      union all select day, 'campaign', campaign, visitor, pageviews, duration from visits where campaign is not null
      union all select day, 'country', coalesce(country, ''), visitor, pageviews, duration from visits
      union all select day, 'device', device, visitor, pageviews, duration from visits
    ), per_visitor as (
      -- Grouping by visitor first and counting the groups is count(distinct visitor) without a sort.
      select day, dimension, value, sum(pageviews) as pageviews, count(*) as sessions, count(*) filter (where pageviews = 1) as bounces, sum(duration) as duration
      from by_visit group by day, dimension, value, visitor
    ), entries as (
      select day, entry, count(*)::int as sessions, (count(*) filter (where pageviews = 1))::int as bounces, coalesce(sum(duration), 0)::bigint as duration
      from visits group by day, entry
    ), page_visitors as (
      select day, path, count(*) as pageviews from numbered group by day, path, visitor
    )
    select day, dimension, value, count(*)::int as visitors, sum(pageviews)::int as pageviews,
      sum(sessions)::int as sessions, sum(bounces)::int as bounces, coalesce(sum(duration), 0)::bigint as duration_seconds
    from per_visitor group by day, dimension, value
    union all
    select p.day, 'page', p.path, p.visitors, p.pageviews, coalesce(e.sessions, 0), coalesce(e.bounces, 0), coalesce(e.duration, 0)::bigint
    from (select day, path, count(*)::int as visitors, sum(pageviews)::int as pageviews from page_visitors group by day, path) p
    left join entries e on e.day = p.day and e.entry = p.path`;
}
