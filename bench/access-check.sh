#!/usr/bin/env bash
# Benchmark of the access check (the hot path), rerunnable with one command:
#   bench/access-check.sh            # 100,000 people (and 1,000 for comparison)
#   PEOPLE_SETS="100000" DURATION=20 bench/access-check.sh
# It starts its own MariaDB (Debian's mariadb-server) on a private data directory, runs the
# packaged service in production mode against it, seeds the data set in SQL, drives
# POST /api/v1/access-checks with wrk at increasing concurrency, then at about half of the
# peak rate, and measures sysbench oltp_insert on the same server for the ratio.
#   SERVICE_JAVA_OPTS="-XX:StartFlightRecording=..." adds JVM options to the service (a profile of the run).
# Needs: a JDK 17+, and mariadb-server, wrk, sysbench (installed with apt-get when missing, as root).
# Everything runs on loopback; all processes are stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-$(mktemp -d /tmp/cagekeeper-bench.XXXXXX)}
DB_PORT=${DB_PORT:-3417}
APP_PORT=${APP_PORT:-8089}
DURATION=${DURATION:-15}
CONCURRENCY=${CONCURRENCY:-"4 8 16 32 64"}
PEOPLE_SETS=${PEOPLE_SETS:-"100000 1000"}
THREADS=${THREADS:-2}
SYSBENCH=${SYSBENCH:-1}   # 0 skips the sysbench comparison (for quick experiments)
RESULTS=${RESULTS:-$ROOT/bench/results-$(date -u +%Y%m%dT%H%M%SZ).txt}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need mariadbd || ! need wrk || ! need sysbench; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server wrk sysbench >/dev/null
  else
    echo "install mariadb-server, wrk and sysbench first" >&2; exit 1
  fi
fi

log() { echo "$*" | tee -a "$RESULTS"; }
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

# --- MariaDB on a private data directory -----------------------------------------------
DATA=$WORK/data; SOCK=$WORK/mariadb.sock
mkdir -p "$DATA"
mariadb-install-db --no-defaults --datadir="$DATA" --user="$(id -un)" --auth-root-authentication-method=normal >/dev/null
mariadbd --no-defaults --datadir="$DATA" --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$SOCK" \
  --user="$(id -un)" --skip-ssl --innodb-buffer-pool-size=2G --innodb-log-file-size=512M \
  --max-connections=400 --innodb-flush-log-at-trx-commit=1 >"$WORK/mariadb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do mariadb --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.1; done
SQL() { mariadb --socket="$SOCK" -uroot "$@"; }

# --- A key pair of the benchmark's own (production refuses the development key) -------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/issuer.key" 2>/dev/null
openssl pkey -in "$WORK/issuer.key" -pubout -out "$WORK/issuer.pub"
# ... and an identity-document key of its own (production refuses the development value).
IDENTITY_KEY=$(openssl rand -base64 32)
ISSUER=https://bench.cagekeeper.example/
TOKEN=$(DEV_TOKEN_KEY=$WORK/issuer.key DEV_TOKEN_ISSUER=$ISSUER \
  java src/test/java/com/cagekeeper/support/DevToken.java security "" bench.security 86400)

log "# Cagekeeper access-check benchmark, $(date -u +%FT%TZ)"
log "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
log "# MariaDB $(mariadbd --version | awk '{print $3}'), innodb_flush_log_at_trx_commit=1; wrk -t$THREADS, ${DURATION}s per step"

start_app() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/cagekeeper" \
  QUARKUS_DATASOURCE_USERNAME=cagekeeper QUARKUS_DATASOURCE_PASSWORD=bench \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/issuer.pub" MP_JWT_VERIFY_ISSUER=$ISSUER \
  ACCESS_IDENTITY_KEY="$IDENTITY_KEY" QUARKUS_HTTP_PORT=$APP_PORT \
    java -Xmx1g ${SERVICE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  pids+=($APP_PID)
  for _ in $(seq 300); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && return; sleep 0.1; done
  echo "service did not start; see $WORK/app.log" >&2; exit 1
}

wrk_run() { # connections [delay_ms]
  TOKEN=$TOKEN PEOPLE=$PEOPLE DELAY_MS=${2:-0} \
    wrk -t"$THREADS" -c"$1" -d"${DURATION}s" --timeout 5s -s bench/access-check.lua "http://127.0.0.1:$APP_PORT" \
    | grep '^RESULT'
}
field() { sed -E "s/.*$1=([0-9.]+).*/\1/"; }

for PEOPLE in $PEOPLE_SETS; do
  SQL -e "DROP DATABASE IF EXISTS cagekeeper; CREATE DATABASE cagekeeper CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
          CREATE USER IF NOT EXISTS 'cagekeeper'@'127.0.0.1' IDENTIFIED BY 'bench';
          GRANT ALL ON cagekeeper.* TO 'cagekeeper'@'127.0.0.1';"
  start_app   # Flyway creates the schema
  t0=$(date +%s)
  SQL cagekeeper -e "SET @people = $PEOPLE; SOURCE bench/seed.sql;"
  log ""
  log "## $PEOPLE people, 2,000 customers, 10,000 spaces, 20 facilities, $(SQL -N cagekeeper -e 'SELECT COUNT(*) FROM access_events') access events (seeded in $(( $(date +%s) - t0 )) s)"
  # warm-up: JIT, pools, buffer pool
  DURATION=10 wrk_run 16 >/dev/null
  peak=0
  for c in $CONCURRENCY; do
    r=$(wrk_run "$c"); log "concurrency $c: $r"
    rps=$(echo "$r" | field rps); if awk "BEGIN{exit !($rps > $peak)}"; then peak=$rps; fi
  done
  # about half of the peak rate: 16 connections, each pausing so that together they send peak/2 per second
  half_delay=$(awk "BEGIN{d = 16 * 1000 / ($peak / 2) - 1; print (d < 1 ? 1 : int(d))}")
  r=$(wrk_run 16 "$half_delay"); log "at ~half of peak (16 connections, ${half_delay} ms pause): $r"
  log "peak checks/s: $peak"
  echo "$PEOPLE $peak" >> "$WORK/peaks"
  ps -o rss= -p "$APP_PID" | awk '{printf "service RSS after the run: %.0f MiB\n", $1/1024}' | tee -a "$RESULTS"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done

# --- sysbench oltp_insert on the same server ----------------------------------------------------
if [ "$SYSBENCH" = 0 ]; then exit 0; fi
SQL -e "CREATE DATABASE IF NOT EXISTS sbtest; CREATE USER IF NOT EXISTS 'sb'@'127.0.0.1' IDENTIFIED BY 'sb';
        GRANT ALL ON sbtest.* TO 'sb'@'127.0.0.1';"
SB="sysbench oltp_insert --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=$DB_PORT --mysql-user=sb --mysql-password=sb --mysql-db=sbtest --tables=1 --table-size=100000"
$SB prepare >/dev/null
best=0
for th in 16 32 64; do
  tps=$($SB --threads=$th --time="$DURATION" run | awk '/transactions:/{gsub(/[(]/,"",$3); print $3}')
  log "sysbench oltp_insert threads=$th: $tps tps"
  if awk "BEGIN{exit !($tps > $best)}"; then best=$tps; fi
done
log ""
while read -r people peak; do
  log "ratio ($people people): checks/s $peak / oltp_insert tps $best = $(awk "BEGIN{printf \"%.0f%%\", 100 * $peak / $best}")"
done < "$WORK/peaks"
log "# results in $RESULTS; logs in $WORK"
