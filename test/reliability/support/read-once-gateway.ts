import type { RingCentralGateway } from '../../../src/ringcentral/index.ts';

/**
 * A gateway that reads the call handling from RingCentral once and answers later reads from
 * that copy until something is applied. Each real read is a dozen spec-checked requests to the
 * emulator (about 200 ms here), so a fuzz run of thousands of read-only commands would measure
 * the emulator, not the Slack adapter it is meant to stress.
 */
export function createReadOnceGateway(gateway: RingCentralGateway): RingCentralGateway {
  let read: ReturnType<RingCentralGateway['readCallHandling']> | undefined;
  return {
    readCallHandling() {
      read ??= gateway.readCallHandling();
      // A failed read is not kept: the next command reads again.
      read.catch(() => {
        read = undefined;
      });
      return read;
    },
    applyPlan(plan) {
      read = undefined;
      return gateway.applyPlan(plan);
    },
    withCaller: (caller, work) => gateway.withCaller(caller, work),
    readBudget: () => gateway.readBudget(),
    tokenStatus: () => gateway.tokenStatus(),
    connect: () => gateway.connect(),
    close: () => gateway.close(),
  };
}
