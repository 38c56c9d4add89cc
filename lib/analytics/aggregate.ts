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
      window w as (partition by day, visitor order by occurred_at, id)
    ), numbered as (
      select *, sum(starts) over (partition by day, visitor order by occurred_at, id rows unbounded preceding) as visit from pv
    ), visits as (
      select day, visitor, count(*)::int as pageviews,
        extract(epoch from max(occurred_at) - min(occurred_at))::bigint as duration,
        (array_agg(path order by occurred_at, id))[1] as entry,
        (array_agg(source order by occurred_at, id))[1] as source,
        (array_agg(utm_campaign order by occurred_at, id))[1] as campaign,
        (array_agg(country order by occurred_at, id))[1] as country,
        (array_agg(device order by occurred_at, id))[1] as device
      from numbered group by day, visitor, visit
    ), by_visit as (
      select day, 'total' as dimension, '' as value, visitor, pageviews, duration from visits
      union all select day, 'source', coalesce(source, ''), visitor, pageviews, duration from visits
      union all select day, 'campaign', campaign, visitor, pageviews, duration from visits where campaign is not null
      union all select day, 'country', coalesce(country, ''), visitor, pageviews, duration from visits
      union all select day, 'device', device, visitor, pageviews, duration from visits
    ), entries as (
      select day, entry, count(*)::int as sessions, (count(*) filter (where pageviews = 1))::int as bounces, coalesce(sum(duration), 0)::bigint as duration
      from visits group by day, entry
    )
    select day, dimension, value, count(distinct visitor)::int as visitors, sum(pageviews)::int as pageviews,
      count(*)::int as sessions, (count(*) filter (where pageviews = 1))::int as bounces, coalesce(sum(duration), 0)::bigint as duration_seconds
    from by_visit group by day, dimension, value
    union all
    select p.day, 'page', p.path, p.visitors, p.pageviews, coalesce(e.sessions, 0), coalesce(e.bounces, 0), coalesce(e.duration, 0)::bigint
    from (select day, path, count(distinct visitor)::int as visitors, count(*)::int as pageviews from pv group by day, path) p
    left join entries e on e.day = p.day and e.entry = p.path`;
}
