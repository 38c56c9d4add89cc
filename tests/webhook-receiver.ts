import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { headers: IncomingHttpHeaders; body: string; path: string };

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request and answers with the next
 * scripted status (then 200), with an optional body and delay.
 */
export async function startReceiver() {
  const received: Received[] = [];
  const script: { status: number; body?: string; delayMs?: number; headers?: Record<string, string> }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), path: req.url ?? "/" });
      const next = script.shift() ?? { status: 200, body: "ok" };
      setTimeout(() => {
        res.writeHead(next.status, { "content-type": "text/plain", ...next.headers });
        res.end(next.body ?? "");
      }, next.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = "/hook") => `http://127.0.0.1:${port}${path}`,
    received,
    /** The next answers, in order; after them every request gets 200. */
    answer: (...answers: typeof script) => void script.push(...answers),
    reset: () => {
      received.length = 0;
      script.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
