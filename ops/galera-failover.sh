#!/usr/bin/env bash
# Galera failover, proved end to end (issue 10, item 4); not part of `./mvnw verify`:
#   ops/galera-failover.sh
#   DURATION=60 RATE=40 KILL_AT=20 DOWN_FOR=15 ops/galera-failover.sh
# It starts a 3-node MariaDB Galera cluster on loopback (Debian's mariadb-server, galera-4,
# mariadb-backup and socat; state transfer by mariabackup), two instances of the packaged service
# against it with the driver's sequential failover URL, drives recorded access checks, approvals
# and revocations at a steady rate against both instances alternately (ops/GaleraFailoverDriver.java),
# kills the node the service writes to with kill -9, brings it back, and then checks every
# acknowledged write on every node, that no check granted after an acknowledged revocation, and that
# every error was a 503. Exits non-zero when a promise is broken. Everything runs on loopback
# (SQL 3511-3513, Galera 4567/4577/4587, IST 4568/4578/4588, SST 4444-4446, service 8291-8292)
# and every process it started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-$(mktemp -d /tmp/cagekeeper-galera.XXXXXX)}
DURATION=${DURATION:-60}     # seconds of load
RATE=${RATE:-20}             # requests started per second, alternately on A and B
KILL_AT=${KILL_AT:-20}       # seconds into the run when node 1 is killed
DOWN_FOR=${DOWN_FOR:-15}     # seconds node 1 stays down
PEOPLE=${PEOPLE:-200}        # people approved before the run
RESULTS=${RESULTS:-$ROOT/ops/results/galera-failover-$(date -u +%Y%m%dT%H%M%SZ).txt}
SQL_PORTS=(3511 3512 3513); GCOMM_PORTS=(4567 4577 4587); IST_PORTS=(4568 4578 4588); SST_PORTS=(4444 4445 4446)
APP_PORTS=(8291 8292)

need() { command -v "$1" >/dev/null 2>&1; }
if ! need mariadbd || ! need mariabackup || ! need socat || [ ! -f /usr/lib/galera/libgalera_smm.so ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      mariadb-server galera-4 mariadb-backup socat >/dev/null
  else
    echo "install mariadb-server, galera-4, mariadb-backup and socat first (as root)" >&2; exit 1
  fi
fi

mkdir -p "$(dirname "$RESULTS")"
: >"$RESULTS"
log() { echo "$*" | tee -a "$RESULTS"; }
pids=()
declare -A NODE_PID
cleanup() {
  for p in "${pids[@]:-}" "${NODE_PID[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

# --- three Galera nodes on loopback ------------------------------------------------------------
node_cnf() { # node number 1..3
  local i=$1 d=$WORK/node$1 k=$(( $1 - 1 ))
  mkdir -p "$d/data"
  cat >"$d/my.cnf" <<EOF
[mysqld]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=${SQL_PORTS[$k]}
bind-address=127.0.0.1
user=$(id -un)
skip-ssl
innodb_buffer_pool_size=128M
max_connections=300
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# the schema has triggers, and Galera logs binary: let the (non-SUPER) service user create them
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=cagekeeper-failover
wsrep_cluster_address=gcomm://127.0.0.1:${GCOMM_PORTS[0]},127.0.0.1:${GCOMM_PORTS[1]},127.0.0.1:${GCOMM_PORTS[2]}
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:${GCOMM_PORTS[$k]}
wsrep_node_incoming_address=127.0.0.1:${SQL_PORTS[$k]}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$k]};ist.recv_addr=127.0.0.1:${IST_PORTS[$k]};gcache.size=256M"
wsrep_sst_method=mariabackup
wsrep_sst_auth=sst:sst-failover
wsrep_sst_receive_address=127.0.0.1:${SST_PORTS[$k]}
EOF
}
start_node() { # node number, extra options
  local i=$1; shift
  mariadbd --defaults-file="$WORK/node$i/my.cnf" "$@" >>"$WORK/node$i/stdout.log" 2>&1 &
  NODE_PID[$i]=$!
}
SQL() { local i=$1; shift; mariadb --no-defaults --socket="$WORK/node$i/mysqld.sock" -uroot "$@"; }
status_of() { # "<cluster size> <state>", e.g. "3 Synced"
  SQL "$1" -N -e "SELECT GROUP_CONCAT(VARIABLE_VALUE ORDER BY VARIABLE_NAME SEPARATOR ' ') FROM information_schema.GLOBAL_STATUS
                  WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE', 'WSREP_LOCAL_STATE_COMMENT')" 2>/dev/null || echo "down"; }
wait_synced() { # node number, seconds
  for _ in $(seq $(( $2 * 2 ))); do
    [ "$(status_of "$1")" = "3 Synced" ] && return 0
    sleep 0.5
  done
  echo "node $1 did not reach cluster size 3 and Synced; see $WORK/node$1/error.log" >&2; return 1
}

for i in 1 2 3; do node_cnf $i; done
mariadb-install-db --no-defaults --datadir="$WORK/node1/data" --user="$(id -un)" \
  --auth-root-authentication-method=normal >"$WORK/install.log" 2>&1
start_node 1 --wsrep-new-cluster
for _ in $(seq 120); do SQL 1 -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
SQL 1 -e "CREATE USER 'sst'@'localhost' IDENTIFIED BY 'sst-failover'; GRANT ALL ON *.* TO 'sst'@'localhost';
          CREATE DATABASE cagekeeper CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
          CREATE USER 'cagekeeper'@'127.0.0.1' IDENTIFIED BY 'failover';
          GRANT ALL ON cagekeeper.* TO 'cagekeeper'@'127.0.0.1';"
start_node 2; sleep 2; start_node 3   # each joins by a full state transfer (mariabackup)
wait_synced 2 180; wait_synced 3 180; wait_synced 1 30

log "# Cagekeeper on a 3-node Galera cluster: failover of the node it writes to, $(date -u +%FT%TZ)"
log "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
log "# MariaDB $(mariadbd --version | awk '{print $3}'), Galera $(SQL 1 -N -e "SHOW STATUS LIKE 'wsrep_provider_version'" | awk '{print $2}'), SST mariabackup"
log "# load: ${DURATION}s at ${RATE} requests/s alternately on two instances (70% recorded checks, 15% approvals of new people, 15% revocations); node 1 killed (kill -9) at ${KILL_AT}s, restarted ${DOWN_FOR}s later"

# --- two instances of the packaged service ------------------------------------------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/issuer.key" 2>/dev/null
openssl pkey -in "$WORK/issuer.key" -pubout -out "$WORK/issuer.pub"
IDENTITY_KEY=$(openssl rand -base64 32)
ISSUER=https://failover.cagekeeper.example/
# Sequential: every instance writes to the first node that is up, so writes never race on two
# nodes (no certification conflicts); the others are standbys. galeraAllowedState=4 keeps a
# node that is not Synced (joining, donor) out; wsrep_sync_wait=1 makes every read wait for
# what the cluster has committed, so a check never reads past a revocation made on another node.
JDBC_URL="jdbc:mariadb:sequential://127.0.0.1:${SQL_PORTS[0]},127.0.0.1:${SQL_PORTS[1]},127.0.0.1:${SQL_PORTS[2]}/cagekeeper?galeraAllowedState=4"
log "# JDBC URL: $JDBC_URL"
start_app() { # port name
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" \
  QUARKUS_DATASOURCE_USERNAME=cagekeeper QUARKUS_DATASOURCE_PASSWORD=failover \
  QUARKUS_DATASOURCE_JDBC_NEW_CONNECTION_SQL="SET SESSION wsrep_sync_wait = 1" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/issuer.pub" MP_JWT_VERIFY_ISSUER=$ISSUER \
  ACCESS_IDENTITY_KEY="$IDENTITY_KEY" QUARKUS_HTTP_PORT=$1 \
    java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$WORK/app-$2.log" 2>&1 &
  pids+=($!)
}
start_app "${APP_PORTS[0]}" A
for _ in $(seq 600); do curl -sf "localhost:${APP_PORTS[0]}/q/health/ready" >/dev/null && break; sleep 0.1; done
start_app "${APP_PORTS[1]}" B   # after A: Flyway migrates once
for p in "${APP_PORTS[@]}"; do
  for _ in $(seq 600); do curl -sf "localhost:$p/q/health/ready" >/dev/null && break; sleep 0.1; done
  curl -sf "localhost:$p/q/health/ready" >/dev/null || { echo "service on $p did not start; see $WORK/app-*.log" >&2; exit 1; }
done

SQL 1 cagekeeper -e "SET @people = $PEOPLE; SOURCE ops/galera-seed.sql;"
CUSTOMER=00000000-0000-7000-9002-000000000001
token() { DEV_TOKEN_KEY=$WORK/issuer.key DEV_TOKEN_ISSUER=$ISSUER \
  java src/test/java/com/cagekeeper/support/DevToken.java "$1" "${2:-}" "failover.$1" 7200; }
export TOKEN_SECURITY=$(token security) TOKEN_OPERATIONS=$(token operations) TOKEN_CUSTOMER=$(token customer $CUSTOMER)
export BASE_A=http://127.0.0.1:${APP_PORTS[0]} BASE_B=http://127.0.0.1:${APP_PORTS[1]}
export SPACE_ID=00000000-0000-7000-9003-000000000001 PEOPLE DURATION RATE
export DB_PORTS="${SQL_PORTS[*]}" DB_USER=cagekeeper DB_PASSWORD=failover

# --- the run: load, kill -9 of node 1, its return --------------------------------------------------
java ops/GaleraFailoverDriver.java run "$WORK/requests.tsv" >"$WORK/driver.log" 2>&1 &
DRIVER=$!; pids+=($DRIVER)
# the driver warms both instances up first; times below count from the start of its recorded run
for _ in $(seq 1200); do [ -f "$WORK/requests.tsv.started" ] && break; sleep 0.1; done
START=$(date +%s.%N)
since() { awk -v s="$START" -v n="$(date +%s.%N)" 'BEGIN{printf "%.1f", n - s}'; }
sleep "$KILL_AT"
log "$(since) s: kill -9 node 1 (pid ${NODE_PID[1]}; status before: $(status_of 1))"
kill -9 "${NODE_PID[1]}"; wait "${NODE_PID[1]}" 2>/dev/null || true; NODE_PID[1]=
sleep 1; log "$(since) s: node 2 reports $(status_of 2)"
sleep "$((DOWN_FOR - 1))"
log "$(since) s: node 2 reports $(status_of 2)"
log "$(since) s: restart node 1"
# as galera_recovery does: the position its InnoDB reached, so that it rejoins by IST when the donor's
# gcache still holds what it missed (kill -9 left seqno -1 in grastate.dat, which would force an SST)
mariadbd --defaults-file="$WORK/node1/my.cnf" --wsrep-recover --log-error="$WORK/node1/recover.log" >/dev/null 2>&1 || true
POSITION=$(grep -o 'Recovered position: [^ ]*' "$WORK/node1/recover.log" | tail -1 | awk '{print $3}')
log "$(since) s: node 1 recovered position ${POSITION:-unknown}"
start_node 1 ${POSITION:+--wsrep-start-position=$POSITION}
wait_synced 1 180 && log "$(since) s: node 1 is back: $(status_of 1) ($(grep -Eo 'IST received[^,]*|SST received|State transfer required' "$WORK/node1/error.log" | tail -1 || true))"
wait "$DRIVER" || { log "driver failed: $(cat "$WORK/driver.log")"; exit 1; }
log "$(cat "$WORK/driver.log")"
for i in 1 2 3; do wait_synced $i 60; done

# --- the verdict, against every node directly -------------------------------------------------------
log ""
set +e
java -cp "$(ls target/quarkus-app/lib/main/org.mariadb.jdbc.mariadb-java-client-*.jar)" \
  ops/GaleraFailoverDriver.java verify "$WORK/requests.tsv" 2>&1 | tee -a "$RESULTS"
verdict=${PIPESTATUS[0]}
set -e
log ""
log "# service log lines about the database during the run (instance A, B):"
for n in A B; do log "  $n: $(grep -c 'Database unavailable' "$WORK/app-$n.log") 'Database unavailable' warnings, $(grep -c 'Unexpected error' "$WORK/app-$n.log") unexpected errors"; done
log "# results in $RESULTS; logs and the request log (requests.tsv) in $WORK"
exit "$verdict"
