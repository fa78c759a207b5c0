import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A redis-server of a test's own (never the shared one), which the test may stop and restart. */
export interface PrivateRedis {
  port: number;
  url: string;
  /** Stop it (SHUTDOWN NOSAVE): every key is gone, as after a crash of a cache-only Redis. */
  stop(): void;
  /** Start it again on the same port. */
  start(): void;
  /** Freeze it (SIGSTOP): connections stay open and nothing answers, as in a network partition. */
  freeze(): void;
  /** Let a frozen one go on (SIGCONT). */
  thaw(): void;
  /** Stop it and remove its directory. */
  close(): void;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Start `redis-server` on a free port, daemonized, without persistence (`--save "" --appendonly no`).
 * Stopping it only ever addresses this port and pid file.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-redis-'));
  const pidfile = join(dir, 'redis.pid');
  const start = () => {
    execFileSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', pidfile, '--dir', dir]);
    for (let i = 0; i < 100; i++) {
      const r = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
      if (r.stdout.trim() === 'PONG') return;
      spawnSync('sleep', ['0.05']);
    }
    throw new Error(`private redis on ${port} did not start`);
  };
  const stop = () => {
    spawnSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { encoding: 'utf8' });
    for (let i = 0; i < 100; i++) {
      let alive = false;
      try {
        const pid = Number(readFileSync(pidfile, 'utf8').trim());
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (!alive) return;
      spawnSync('sleep', ['0.05']);
    }
  };
  const signal = (sig: NodeJS.Signals) => process.kill(Number(readFileSync(pidfile, 'utf8').trim()), sig);
  start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    close() {
      try {
        signal('SIGCONT');
      } catch {
        // not running
      }
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
