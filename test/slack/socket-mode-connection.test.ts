import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../src/slack/bolt-logger.ts';
import { watchSocketMode } from '../../src/slack/socket-mode-connection.ts';
import { silentLogger } from '../../src/logger.ts';

describe('whether Socket Mode is connected (readiness)', () => {
  it('follows the socket client: connected after hello, not while reconnecting or after a disconnect', () => {
    const socket = watchSocketMode('xapp-test', boltLogger(silentLogger), undefined);
    expect(socket.isConnected()).toBe(false);
    socket.receiver.client.emit('connected');
    expect(socket.isConnected()).toBe(true);
    // A dropped connection, or Slack's `disconnect` asking for a refresh.
    socket.receiver.client.emit('reconnecting');
    expect(socket.isConnected()).toBe(false);
    socket.receiver.client.emit('connected');
    socket.receiver.client.emit('disconnected');
    expect(socket.isConnected()).toBe(false);
  });
});
