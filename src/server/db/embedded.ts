/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL
 * wire protocol, so the app talks to it with the same driver and SQL as to a real server.
 * In memory for tests, or persisted in a folder for local runs.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

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
  // One query runs at a time inside PGlite; several connections queue at the socket server.
  const serve = async (port: number) => {
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
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
