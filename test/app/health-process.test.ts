import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack/index.ts';
import { useCliEmulator } from '../support/use-cli-emulator.ts';
import { freePort, startBotProcess, type BotProcess } from '../reliability/process-support/start-bot-process.ts';

const BOT_TOKEN = 'xoxb-health-process';
const emulator = useCliEmulator('health-process');
let fake: FakeSlack | undefined;
beforeAll(async () => {
  fake = await startFakeSlack({ botToken: BOT_TOKEN });
});
afterAll(async () => {
  await fake?.close();
});

/** The bot as `npm start` runs it in HTTP mode, with a database of its own in the emulator's data folder. */
async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const base = emulator.env();
  return startBotProcess({
    ...base,
    DATABASE_URL: `sqlite:${base.SWITCHBOARD_DATA_DIR}/health-${Date.now()}.sqlite`,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: '8f742231b10e8888abcd990000085a5e',
    SLACK_API_URL: fake!.url,
    ...env,
  });
}

/** Polls `url` until it answers `status` (the bot is starting, then logging in to RingCentral). */
async function waitForStatus(url: string, status: number, bot: BotProcess): Promise<Response> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === status) return response;
    if (Date.now() > deadline) throw new Error(`${url} never answered ${status} (last: ${response?.status}); the bot said:\n${bot.output()}`);
    await sleep(200);
  }
}

async function stop(bot: BotProcess): Promise<void> {
  bot.child.kill('SIGTERM');
  expect((await bot.exited).code, bot.output()).toBe(0);
}

describe('a running bot\'s health endpoints', () => {
  it('serves /healthz, /readyz and /metrics on PORT in HTTP mode, ready once it has looked at RingCentral', async () => {
    const port = await freePort();
    const bot = await startBot({ PORT: String(port) });
    try {
      const url = `http://127.0.0.1:${port}`;
      expect(await (await waitForStatus(`${url}/healthz`, 200, bot)).json()).toEqual({ ok: true });
      // The drift watch's first look logs in, a moment after start.
      expect(await (await waitForStatus(`${url}/readyz`, 200, bot)).json()).toEqual({ database: { ok: true }, ringCentral: { ok: true }, slack: { ok: true } });
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/^switchboard_ringcentral_requests_total\{group="Auth",status="200"\} 1$/m);
      expect(metrics).toMatch(/^switchboard_outbox_backlog \d+$/m);
    } finally {
      await stop(bot);
    }
  }, 60_000);

  it('serves them on SWITCHBOARD_HEALTH_PORT instead when it is set, and says where', async () => {
    const [port, healthPort] = [await freePort(), await freePort()];
    const bot = await startBot({ PORT: String(port), SWITCHBOARD_HEALTH_PORT: String(healthPort) });
    try {
      await waitForStatus(`http://127.0.0.1:${healthPort}/readyz`, 200, bot);
      expect((await fetch(`http://127.0.0.1:${healthPort}/metrics`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(404);
      expect(bot.output()).toContain(`Health and metrics: http://0.0.0.0:${healthPort}/healthz, /readyz, /metrics`);
    } finally {
      await stop(bot);
    }
  }, 60_000);
});
