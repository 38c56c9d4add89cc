// The money format is core (admin pages show amounts without billing); billing keeps its import path.
export { formatMoney } from "@/components/ui/format";
