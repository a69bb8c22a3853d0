import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../src/slack/bolt-logger.ts';
import { watchSocketMode } from '../../src/slack/socket-mode-connection.ts';
import { silentLogger } from '../../src/logger.ts';

describe('whether Socket Mode is connected (readiness)', () => {
  it('follows the socket client: connected after hello, not from a closed WebSocket until the next hello, nor after a disconnect', () => {
    const socket = watchSocketMode('xapp-test', boltLogger(silentLogger), undefined);
    expect(socket.isConnected()).toBe(false);
    socket.receiver.client.emit('connected');
    expect(socket.isConnected()).toBe(true);
    // A dropped connection, or Slack's `disconnect` asking for a refresh: the WebSocket closes, and
    // the client waits before it says it is reconnecting.
    socket.receiver.client.emit('close');
    expect(socket.isConnected()).toBe(false);
    socket.receiver.client.emit('connected');
    socket.receiver.client.emit('reconnecting');
    expect(socket.isConnected()).toBe(false);
    socket.receiver.client.emit('connected');
    socket.receiver.client.emit('disconnected');
    expect(socket.isConnected()).toBe(false);
  });
});
