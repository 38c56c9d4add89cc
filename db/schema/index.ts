// Every table, one file per module: deleting a module deletes its file and its line here.
export * from "./auth";
export * from "./http";
export * from "./tenants";
export * from "./audit";
export * from "./jobs";
export * from "./email";
export * from "./projects";
export * from "./billing";
export * from "./credits";
export * from "./api-keys";
export * from "./usage";
