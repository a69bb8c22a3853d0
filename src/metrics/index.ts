/**
 * metrics/: Switchboard's Prometheus metrics over prom-client. A leaf: it imports nothing of the
 * project, and only src/app/ uses it, handing the gateway and the adapters plain callbacks.
 */
export { createSwitchboardMetrics, type CommandSample, type StoredStateSample, type SwitchboardMetrics, type SwitchboardMetricsOptions } from './switchboard-metrics.ts';
