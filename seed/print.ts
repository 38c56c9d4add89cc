import type { Login } from "./scenarios/demo";

/** Prints the seeded logins as a table. */
export function printLogins(logins: Login[]): void {
  console.table(logins.map(({ email, password, role, tenant, totp }) => ({ email, password, role, tenant, "totp secret": totp ?? "" })));
}
