import { sql } from "drizzle-orm";
import { segmentProperties } from "@/db/schema/segments";
import type { SegmentField } from "@/lib/manifest/define";

const property = (id: unknown, key: string) => sql`(select ${segmentProperties.value} from ${segmentProperties} where ${segmentProperties.subjectId} = ${id} and ${segmentProperties.key} = ${key})`;

/**
 * Custom properties your code sets with `setSegmentProperty` (lib/segments/store.ts). Country is
 * one: Keel does not guess a user's country from an address, so set `country` where you learn it
 * (a billing address, a profile form) and filter on `user.property` with param `country`.
 */
export const segmentPropertyFields: readonly SegmentField[] = [
  { id: "user.property", subject: "user", type: "text", param: "key", description: "A custom property of the user (`country`, `industry`, …) set with setSegmentProperty.", value: property },
  { id: "tenant.property", subject: "tenant", type: "text", param: "key", description: "A custom property of the tenant set with setSegmentProperty.", value: property },
];
