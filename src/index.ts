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
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    void app.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
