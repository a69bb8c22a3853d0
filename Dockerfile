# Switchboard, the Slack bot, as a production image: `docker build -t switchboard .`
# Settings come from the environment (README, "Configuration"); compose.yaml runs two replicas on
# PostgreSQL.

# Build stage: production dependencies only. better-sqlite3 downloads a prebuilt binary when it
# can and compiles from source otherwise, which needs python3, make and g++; they stay in this stage.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY bin ./bin
COPY src ./src
COPY manifests ./manifests
# Bundle the sources now (bin/load-cli.js keeps the bundle under node_modules/.cache), as root:
# the bundle is fingerprinted by these very files, so the app, running as node, only reads it.
# Only ./data (saved RingCentral tokens) is the app's to write.
RUN node bin/switchboard.js --help > /dev/null \
 && mkdir -p data \
 && chown node:node data
USER node
EXPOSE 3000
# Liveness only (/healthz does not depend on the database, RingCentral or Slack); /readyz is for a
# load balancer. Slim images have no curl: Node's own fetch asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.SWITCHBOARD_HEALTH_PORT || process.env.PORT || 3000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is PID 1, not npm: npm hands SIGTERM to a shell that does not pass it on, and
# Switchboard needs it to finish the changes in flight before it exits.
CMD ["node", "bin/switchboard.js", "start"]
