import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';

/**
 * Entry point of `npm start`: validate configuration, start the service, stop gracefully on
 * SIGTERM/SIGINT (running jobs finish, connections close).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.LOG_LEVEL);
  let app;
  try {
    app = await startApp(config, logger);
  } catch (err) {
    process.stderr.write(`aan-tafel could not start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    void app.stop().then(() => process.exit(0));
  };
  // While stopping, commands still queued on a Redis that does not answer (a partition) are
  // rejected when their connections are dropped, and some belong to libraries that never handle
  // them (the socket.io Redis adapter's publishes): log those instead of letting Node end the
  // shutdown half-way with status 1. Before a stop, Node's default (a crash) stands.
  process.on('unhandledRejection', (reason) => {
    if (!stopping) throw reason;
    logger.warn({ err: reason instanceof Error ? reason.message : String(reason) }, 'a command failed while stopping');
  });
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // `npm start` runs us under `sh -c`, which does not pass SIGTERM on: when the process that
  // started us goes away, stop gracefully instead of running on as an orphan.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) shutdown('parent exited');
  }, 1000).unref();
}

void main();
