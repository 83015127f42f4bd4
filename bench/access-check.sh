#!/usr/bin/env bash
# Benchmark of the access check (the hot path), rerunnable with one command:
#   bench/access-check.sh            # 1,000, 100,000 and 1,000,000 people (1M, 1M and 10M past events)
#   SETS="100000:1000000" RUNS=1 DURATION=20 bench/access-check.sh
# It starts its own MariaDB (Debian's mariadb-server) on a private data directory, runs the
# packaged service in production mode against it, seeds the data set in SQL, drives
# POST /api/v1/access-checks with wrk at increasing concurrency, then at about half of the
# peak rate, and measures sysbench oltp_insert on the same server for the ratio. Each data set is
# driven RUNS times (best and worst reported); each run also drives GET /api/v1/me, a trivial
# authenticated endpoint, at the same concurrency, so the report separates the framework's cost
# (HTTP, JSON, token) from the check's own. The service is restarted after seeding: the time from
# its launch to its first answered check, and its peak resident memory under load, are reported.
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
CONCURRENCY=${CONCURRENCY:-"8 16 32 64"}
SETS=${SETS:-"1000:1000000 100000:1000000 1000000:10000000"}   # people:past access events
RUNS=${RUNS:-2}
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

[ -f target/quarkus-app/app-cds.jsa ] || ./mvnw -q -B package -DskipTests

# --- MariaDB on a private data directory -----------------------------------------------
DATA=$WORK/data; SOCK=$WORK/mariadb.sock
mkdir -p "$DATA"
[ -d "$DATA/mysql" ] || mariadb-install-db --no-defaults --datadir="$DATA" --user="$(id -un)" --auth-root-authentication-method=normal >/dev/null
mariadbd --no-defaults --datadir="$DATA" --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$SOCK" \
  --user="$(id -un)" --skip-ssl --innodb-buffer-pool-size=2G --innodb-log-file-size=512M \
  --max-connections=400 --innodb-flush-log-at-trx-commit=1 >"$WORK/mariadb.log" 2>&1 &
DB_PID=$!
pids+=($DB_PID)
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
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/$DB" \
  QUARKUS_DATASOURCE_USERNAME=cagekeeper QUARKUS_DATASOURCE_PASSWORD=bench \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/issuer.pub" MP_JWT_VERIFY_ISSUER=$ISSUER \
  ACCESS_IDENTITY_KEY="$IDENTITY_KEY" QUARKUS_HTTP_PORT=$APP_PORT \
    MALLOC_ARENA_MAX=2 java $JAVA_OPTS ${SERVICE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  pids+=($APP_PID)
}
# The service's production JVM options (the Dockerfile's) in a 512 MiB container (k8s/base's
# memory limit, as MaxRAM), so memory is measured as deployed.
MAX_RAM=${MAX_RAM:-512m}
JAVA_OPTS="-XX:MaxRAM=$MAX_RAM $(sed -nE 's/^ENV GC_CONTAINER_OPTIONS="(.*)"/\1/p' Dockerfile) $(sed -nE 's/^ENV JAVA_OPTS_APPEND="(.*)"/\1/p' Dockerfile \
  | sed -e 's/-Dquarkus.http.host=0.0.0.0//' -e "s#/deployments/app-cds.jsa#$ROOT/target/quarkus-app/app-cds.jsa#")"
# (the class-data archive, AppCDS, is the build's: made by this JDK, as the image makes its own)
JAVA_OPTS=${BASE_JAVA_OPTS:-$JAVA_OPTS}   # BASE_JAVA_OPTS replaces them, for experiments
wait_ready() {
  for _ in $(seq 600); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && return; sleep 0.05; done
  echo "service did not start; see $WORK/app.log" >&2; exit 1
}
# Seconds from the JVM's launch to the first answered (and recorded) check of a seeded person (in FIRST).
first_answer() {
  local t0 body
  t0=$(date +%s.%N)
  start_app
  body='{"personId":"00000000-0000-7000-8005-000000000000","spaceId":"00000000-0000-7000-8003-000000000000"}'
  for _ in $(seq 1200); do
    if curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "$body" "localhost:$APP_PORT/api/v1/access-checks" 2>/dev/null; then
      FIRST=$(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $t0}"); return
    fi
    sleep 0.02
  done
  echo "service did not answer; see $WORK/app.log" >&2; exit 1
}
# Peak resident memory of the service, sampled every 200 ms until stopped.
rss_watch() { local max=0 r; while kill -0 "$APP_PID" 2>/dev/null; do
    r=$(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
    [ "${r:-0}" -gt "$max" ] && max=$r && echo "$max" >"$WORK/rss.max"; sleep 0.2; done; }

# CPU time (user + system, ms) a process has used so far.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }
wrk_run() { # connections [delay_ms] [script]: wrk's RESULT line, plus the CPU each request cost the
  # service and MariaDB (robust to other load on the machine, unlike the rate)
  local a0 d0 out
  a0=$(cpu_ms "$APP_PID"); d0=$(cpu_ms "$DB_PID")
  out=$(TOKEN=$TOKEN PEOPLE=$PEOPLE DELAY_MS=${2:-0} \
    wrk -t"$THREADS" -c"$1" -d"${DURATION}s" --timeout 5s -s "bench/${3:-access-check}.lua" "http://127.0.0.1:$APP_PORT" \
    | grep '^RESULT')
  awk -v out="$out" -v a="$(( $(cpu_ms "$APP_PID" | cut -d. -f1) - ${a0%.*} ))" -v d="$(( $(cpu_ms "$DB_PID" | cut -d. -f1) - ${d0%.*} ))" \
    'BEGIN{match(out, /requests=[0-9]+/); n = substr(out, RSTART + 9, RLENGTH - 9);
           printf "%s cpu_ms_per_request: service=%.3f mariadb=%.3f\n", out, a / n, d / n}'
}
field() { sed -E "s/.*$1=([0-9.]+).*/\1/"; }

for SET in $SETS; do
  PEOPLE=${SET%%:*}; EVENTS=${SET##*:}
  DB=cagekeeper_${PEOPLE}_$EVENTS   # one database a data set; WORK=<an earlier run's> KEEP_DATA=1 reuses it
  if [ "${KEEP_DATA:-0}" = 1 ] && [ -n "$(SQL -N -e "SHOW DATABASES LIKE '$DB'")" ]; then
    log ""
    log "## $PEOPLE people, 2,000 customers, 10,000 spaces, 20 facilities, $(SQL -N "$DB" -e 'SELECT COUNT(*) FROM access_events') access events (seeded by an earlier run, kept)"
  else
    SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER IF NOT EXISTS 'cagekeeper'@'127.0.0.1' IDENTIFIED BY 'bench';
            GRANT ALL ON $DB.* TO 'cagekeeper'@'127.0.0.1';"
    start_app; wait_ready   # Flyway creates the schema
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    t0=$(date +%s)
    # Past events are history: seeded without the entry trigger (V12), which is then created again
    # from its migration, as Flyway made it.
    SQL "$DB" -e "DROP TRIGGER access_events_entry; SET @people = $PEOPLE, @events = $EVENTS; SOURCE bench/seed.sql;"
    sed -n '/^DELIMITER \$\$/,/^DELIMITER ;/p' src/main/resources/db/migration/V12__*.sql | SQL "$DB"
    log ""
    log "## $PEOPLE people, 2,000 customers, 10,000 spaces, 20 facilities, $(SQL -N "$DB" -e 'SELECT COUNT(*) FROM access_events') access events (seeded in $(( $(date +%s) - t0 )) s)"
  fi
  first_answer; log "first answered check after the JVM's launch: $FIRST s"
  rm -f "$WORK/rss.max"; rss_watch & pids+=($!)
  for run in $(seq "$RUNS"); do
    # warm-up: JIT, pools, buffer pool
    DURATION=10 wrk_run 16 >/dev/null
    peak=0; peak_c=16
    for c in $CONCURRENCY; do
      r=$(wrk_run "$c"); log "run $run, concurrency $c: $r"
      rps=$(echo "$r" | field rps); if awk "BEGIN{exit !($rps > $peak)}"; then peak=$rps; peak_c=$c; fi
    done
    # about half of the peak rate: 16 connections, each pausing so that together they send peak/2 per second
    half_delay=$(awk "BEGIN{d = 16 * 1000 / ($peak / 2) - 1; print (d < 1 ? 1 : int(d))}")
    r=$(wrk_run 16 "$half_delay"); log "run $run, at ~half of peak (16 connections, ${half_delay} ms pause): $r"
    trivial=$(wrk_run "$peak_c" 0 me); log "run $run, GET /api/v1/me (trivial, authenticated), concurrency $peak_c: $trivial"
    tr=$(echo "$trivial" | field rps)
    log "run $run: peak checks/s $peak; trivial endpoint $tr/s; check/trivial $(awk "BEGIN{printf \"%.0f%%\", 100 * $peak / $tr}")"
    echo "$PEOPLE run$run $peak $(echo "$r" | field p50_ms) $(echo "$r" | field p99_ms)" >> "$WORK/peaks"
  done
  log "service peak RSS under load: $(awk '{printf "%.0f", $1/1024}' "$WORK/rss.max") MiB"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done

# --- sysbench oltp_insert on the same server ----------------------------------------------------
if [ "$SYSBENCH" = 0 ]; then exit 0; fi
SQL -e "CREATE DATABASE IF NOT EXISTS sbtest; CREATE USER IF NOT EXISTS 'sb'@'127.0.0.1' IDENTIFIED BY 'sb';
        GRANT ALL ON sbtest.* TO 'sb'@'127.0.0.1';"
SB="sysbench oltp_insert --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=$DB_PORT --mysql-user=sb --mysql-password=sb --mysql-db=sbtest --tables=1 --table-size=100000"
$SB cleanup >/dev/null 2>&1 || true
$SB prepare >/dev/null
best=0
for th in 16 32 64; do
  d0=$(cpu_ms "$DB_PID")
  out=$($SB --threads=$th --time="$DURATION" run)
  tps=$(echo "$out" | awk '/transactions:/{gsub(/[(]/,"",$3); print $3}')
  n=$(echo "$out" | awk '/transactions:/{print $2}')
  log "sysbench oltp_insert threads=$th: $tps tps, mariadb cpu_ms per insert $(awk "BEGIN{printf \"%.3f\", ($(cpu_ms "$DB_PID") - $d0) / $n}")"
  if awk "BEGIN{exit !($tps > $best)}"; then best=$tps; fi
done
log ""
while read -r people run peak p50 p99; do
  log "ratio ($people people, $run): checks/s $peak / oltp_insert tps $best = $(awk "BEGIN{printf \"%.0f%%\", 100 * $peak / $best}") (half of peak: p50 $p50 ms, p99 $p99 ms)"
done < "$WORK/peaks"
log "# results in $RESULTS; logs in $WORK"
