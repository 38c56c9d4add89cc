import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

type Row = { key: string; label: string; visitors: number; pageviews?: number };

/** One of the dashboard's top-10 tables: pages, sources, campaigns, countries, devices. */
export async function Breakdown({ title, column, rows }: { title: string; column: string; rows: Row[] }) {
  const [t, format] = await Promise.all([getTranslations("analytics.dashboard"), getFormatter()]);
  const withViews = rows.some((row) => row.pageviews !== undefined);
  return (
    // min-w-0: as a grid item the card would otherwise grow to its table's width and widen the page
    // on a phone; the table scrolls inside its own region instead.
    <Card className="min-w-0">
      <CardHeader title={title} />
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <Table label={title}>
          <THead>
            <Tr>
              <Th>{column}</Th>
              <Th className="text-right">{t("figures.visitors")}</Th>
              {withViews ? <Th className="text-right">{t("figures.pageviews")}</Th> : null}
            </Tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.key}>
                <Td title={row.label}>
                  {/* A cell's max-width does not hold in an auto-layout table; a block inside it does. */}
                  <span className="block max-w-[14rem] truncate">{row.label}</span>
                </Td>
                <Td className="text-right tabular-nums">{format.number(row.visitors)}</Td>
                {withViews ? <Td className="text-right tabular-nums">{format.number(row.pageviews ?? 0)}</Td> : null}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
