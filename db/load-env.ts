// Scripts run outside Next.js, which would otherwise load .env files for us. Import this first.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
