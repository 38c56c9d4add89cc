import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startNeonWsProxy, type NeonWsProxy } from "./neon-ws-proxy";

// The proxy alone, against a TCP echo server (no database needed): what the Neon pass relies on.

let echo: Server;
let echoPort: number;
let proxy: NeonWsProxy;
const serverSides = new Set<Socket>();

beforeAll(async () => {
  echo = createServer((socket) => {
    serverSides.add(socket);
    socket.on("close", () => serverSides.delete(socket));
    socket.on("data", (chunk) => (chunk.toString() === "bye" ? socket.end() : socket.write(chunk)));
  });
  await new Promise<void>((done) => echo.listen(0, "127.0.0.1", done));
  echoPort = (echo.address() as { port: number }).port;
  proxy = await startNeonWsProxy({ listen: "127.0.0.1:0/v1" });
});

afterAll(async () => {
  await proxy.close();
  await new Promise((done) => echo.close(done));
});

function open(query: string, path = "/v1"): Promise<WebSocket> {
  const ws = new WebSocket(`ws://${proxy.address.replace(/\/v1$/, path)}${query}`);
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

const nextMessage = (ws: WebSocket) => new Promise<Buffer>((resolve) => ws.once("message", (data: Buffer) => resolve(data)));
const closed = (ws: WebSocket) => new Promise<void>((resolve) => (ws.readyState === ws.CLOSED ? resolve() : ws.once("close", () => resolve())));

describe("the Neon WebSocket proxy", () => {
  it("pipes binary frames to the TCP address asked for and back, a *.neon.tech host reaching loopback", async () => {
    const ws = await open(`?address=keel-test.neon.tech:${echoPort}`);
    const bytes = Buffer.from([0, 1, 2, 255, 0x70]);
    const answer = nextMessage(ws);
    ws.send(bytes);
    expect(Buffer.compare(await answer, bytes)).toBe(0);
    ws.close();
    await closed(ws);
  });

  it("closes the WebSocket when the TCP side ends, and the TCP side when the WebSocket closes", async () => {
    const ending = await open(`?address=127.0.0.1:${echoPort}`);
    ending.send("bye");
    await closed(ending);

    const closing = await open(`?address=127.0.0.1:${echoPort}`);
    const answer = nextMessage(closing);
    closing.send("ping");
    await answer;
    expect(serverSides.size).toBe(1);
    closing.close();
    await closed(closing);
    await expect.poll(() => serverSides.size).toBe(0);
  });

  it.each([
    ["a host off this machine", "?address=example.com:5432", "/v1", 403],
    ["a private address", "?address=10.0.0.5:5432", "/v1", 403],
    ["no address", "", "/v1", 400],
    ["an address without a port", "?address=127.0.0.1", "/v1", 400],
    ["another path", `?address=127.0.0.1:5432`, "/v2", 404],
  ])("refuses %s", async (_case, query, path, status) => {
    await expect(open(query, path)).rejects.toThrow(`Unexpected server response: ${status}`);
  });
});
