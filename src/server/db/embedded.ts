/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL
 * wire protocol, so the app talks to it with the same driver and SQL as to a real server.
 * In memory for tests, or persisted in a folder for local runs.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** More than the local server can have requests in flight (each holds one connection while it runs). */
export const MAX_CONNECTIONS = 256;

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Stops answering on the port but keeps the data (to test an outage)… */
  pause(): Promise<void>;
  /** …and answers again on the same port. */
  resume(): Promise<void>;
}

export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  // One query runs at a time inside PGlite; connections queue their queries at the socket server.
  // Connections are cheap here, and `netlify dev` (npm start) opens one per request in flight (a
  // worker thread each): a limit of 16 answered the 17th concurrent submission with 503 (issue 16).
  const serve = async (port: number) => {
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: MAX_CONNECTIONS });
    await server.start();
    return server;
  };
  let server: PGLiteSocketServer | null = await serve(options.port ?? 0);
  const port = Number(server.getServerConn().split(':').pop());
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      await server?.stop();
      await db.close();
    },
    async pause() {
      await server?.stop();
      server = null;
    },
    async resume() {
      server ??= await serve(port);
    },
  };
}
