#!/usr/bin/env bash
# Checks the service against its contract with Stoplight Prism: Prism proxies a short scripted
# walk (create, read, list, an access check, two refusals) to the service and validates every
# request and answer against openapi/openapi.yaml. Fails when Prism reports a violation.
#   bench/prism-validate.sh
#       builds the package when missing, starts its own MariaDB (Debian's mariadb-server) and
#       the packaged service in production mode with a key pair of its own
#   BASE_URL=http://localhost:8080 bench/prism-validate.sh
#       against a service already running that trusts the development key (./mvnw quarkus:dev)
# Needs: a JDK 17+, curl, openssl, node/npx (Prism comes from the npm registry through npx);
# mariadb-server when it starts its own service (installed with apt-get when missing, as root).
# Not part of ./mvnw verify. Everything runs on loopback; what it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-$(mktemp -d /tmp/cagekeeper-prism.XXXXXX)}
DB_PORT=${DB_PORT:-3418}
APP_PORT=${APP_PORT:-8091}
PRISM_PORT=${PRISM_PORT:-4010}
PRISM=${PRISM:-@stoplight/prism-cli@5}

pids=()
groups=()
cleanup() {
  for g in "${groups[@]:-}"; do [ -n "$g" ] && kill -- "-$g" 2>/dev/null || true; done
  for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

token() { # role [customer-id]
  if [ -n "${KEY:-}" ]; then
    DEV_TOKEN_KEY=$KEY DEV_TOKEN_ISSUER=$ISSUER java src/test/java/com/cagekeeper/support/DevToken.java "$1" "${2:-}" "prism.$1" 3600
  else
    java src/test/java/com/cagekeeper/support/DevToken.java "$1" "${2:-}" "prism.$1" 3600
  fi
}

if [ -z "${BASE_URL:-}" ]; then
  if ! command -v mariadbd >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
    else
      echo "install mariadb-server first, or give BASE_URL of a running service" >&2; exit 1
    fi
  fi
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
  DATA=$WORK/data; SOCK=$WORK/mariadb.sock
  mkdir -p "$DATA"
  mariadb-install-db --no-defaults --datadir="$DATA" --user="$(id -un)" --auth-root-authentication-method=normal >/dev/null
  mariadbd --no-defaults --datadir="$DATA" --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$SOCK" \
    --user="$(id -un)" --skip-ssl >"$WORK/mariadb.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do mariadb --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.1; done
  mariadb --socket="$SOCK" -uroot -e "CREATE DATABASE cagekeeper CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'cagekeeper'@'127.0.0.1' IDENTIFIED BY 'prism'; GRANT ALL ON cagekeeper.* TO 'cagekeeper'@'127.0.0.1';"
  # production refuses the development keys: a key pair and an identity key of this run's own
  KEY=$WORK/issuer.key; ISSUER=https://prism.cagekeeper.example/
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY" 2>/dev/null
  openssl pkey -in "$KEY" -pubout -out "$WORK/issuer.pub"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/cagekeeper" \
  QUARKUS_DATASOURCE_USERNAME=cagekeeper QUARKUS_DATASOURCE_PASSWORD=prism \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/issuer.pub" MP_JWT_VERIFY_ISSUER=$ISSUER \
  ACCESS_IDENTITY_KEY="$(openssl rand -base64 32)" QUARKUS_HTTP_PORT=$APP_PORT \
    java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
  pids+=($!)
  BASE_URL=http://127.0.0.1:$APP_PORT
  for _ in $(seq 600); do curl -sf "$BASE_URL/q/health/ready" >/dev/null && break; sleep 0.1; done
  curl -sf "$BASE_URL/q/health/ready" >/dev/null || { echo "service did not start; see $WORK/app.log" >&2; exit 1; }
fi

# in a process group of its own: npx starts Prism as a child, and both are stopped at the end
setsid npx -y "$PRISM" proxy openapi/openapi.yaml "$BASE_URL" --errors -h 127.0.0.1 -p "$PRISM_PORT" \
  >"$WORK/prism.log" 2>&1 &
PRISM_PID=$!
groups+=($PRISM_PID)
for _ in $(seq 1800); do
  grep -q 'Prism is listening' "$WORK/prism.log" && break
  kill -0 "$PRISM_PID" 2>/dev/null || break
  sleep 0.1
done
grep -q 'Prism is listening' "$WORK/prism.log" || { cat "$WORK/prism.log" >&2; echo "prism did not start" >&2; exit 1; }
echo "service $BASE_URL, prism on http://127.0.0.1:$PRISM_PORT"

OPS=$(token operations); SECURITY=$(token security)
failures=0
# call NAME EXPECTED-STATUS METHOD PATH TOKEN [BODY]: sends it through Prism; BODY holds the answer
call() {
  local name=$1 expected=$2 method=$3 path=$4 auth=$5 data=${6:-}
  local args=(-s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method"
    -H "Authorization: Bearer $auth" -H 'Accept: application/json, application/problem+json')
  if [ -n "$data" ]; then args+=(-H 'Content-Type: application/json' --data "$data"); fi
  local status
  status=$(curl "${args[@]}" "http://127.0.0.1:$PRISM_PORT$path")
  BODY=$(cat "$WORK/body")
  if grep -qi '^sl-violations:' "$WORK/headers" || grep -q 'stoplight.io/prism/errors' "$WORK/body" \
      || [ "$status" != "$expected" ]; then
    failures=$((failures + 1))
    echo "FAIL $name: $method $path -> $status (expected $expected)"
    grep -i '^sl-violations:' "$WORK/headers" | cut -c1-2000 || true
    echo "     ${BODY:0:2000}"
  else
    echo "ok   $name: $method $path -> $status"
  fi
}
# With --errors Prism answers a violating response with its own problem, without the service's
# body: the walk then finds the object it created directly at the service, by its code, and goes on.
id_of() { # lookup-path: the created object's id from BODY, or from the service directly
  local id
  id=$(field id)
  if [ -z "$id" ]; then
    id=$(curl -s -H "Authorization: Bearer $OPS" "$BASE_URL$1" \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).items[0].id)}catch(e){console.log("")}})')
  fi
  echo "$id"
}
field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s)['"\"$1\""']??"")}catch(e){console.log("")}})' <<<"$BODY"; }
code() { local s="" c=ABCDEFGHJKLMNPQRSTUVWXYZ23456789; for _ in $(seq "$1"); do s+=${c:RANDOM%32:1}; done; echo "$s"; }

address='{"line1":"250 Williams Street","city":"Atlanta","region":"GA","postalCode":"30303","country":"US"}'
F_CODE=P$(code 6); C_CODE=PC$(code 8); S_CODE=P-$(code 8)
call "create a facility" 201 POST /api/v1/facilities "$OPS" \
  "{\"code\":\"$F_CODE\",\"name\":\"Prism Facility\",\"address\":$address,\"timeZone\":\"America/New_York\"}"
FACILITY=$(id_of "/api/v1/facilities?code=$F_CODE")
call "read the facility" 200 GET "/api/v1/facilities/$FACILITY" "$OPS"
call "list facilities" 200 GET "/api/v1/facilities?limit=5" "$OPS"
call "create a customer" 201 POST /api/v1/customers "$OPS" \
  "{\"code\":\"$C_CODE\",\"legalName\":\"Prism Customer Inc.\",\"noticeAddress\":$address,\"contacts\":[{\"name\":\"Dana Reyes\",\"email\":\"dana@example.com\"}]}"
CUSTOMER=$(id_of "/api/v1/customers?code=$C_CODE")
call "create a space" 201 POST /api/v1/spaces "$OPS" \
  "{\"facilityId\":\"$FACILITY\",\"code\":\"$S_CODE\",\"kind\":\"CAGE\",\"rackUnits\":42,\"powerKw\":8.00,\"areaSqm\":12.50,\"environmentalClass\":\"A1\"}"
SPACE=$(id_of "/api/v1/spaces?code=$S_CODE")
call "read the space" 200 GET "/api/v1/spaces/$SPACE" "$OPS"
call "place an order" 201 POST /api/v1/orders "$OPS" \
  "{\"customerId\":\"$CUSTOMER\",\"spaceIds\":[\"$SPACE\"],\"termStart\":\"2026-12-01\",\"termMonths\":36,\"monthlyFee\":{\"amount\":\"4200.00\",\"currency\":\"USD\"},\"minimumMonthlyBilling\":{\"amount\":\"3500.00\",\"currency\":\"USD\"}}"
ORDER=$(id_of "/api/v1/orders?customerId=$CUSTOMER")
call "activate the order" 200 POST "/api/v1/orders/$ORDER/activation" "$OPS" '{}'
CUSTOMER_TOKEN=$(token customer "$CUSTOMER")
PERSON_BODY="{\"name\":\"Sam Okafor\",\"email\":\"sam@example.com\",\"idDocumentType\":\"PASSPORT\",\"idDocumentNumber\":\"P$(code 8)\",\"spaceIds\":[\"$SPACE\"],\"mayEscort\":true}"
call "ask for a person (customer)" 201 POST /api/v1/people "$CUSTOMER_TOKEN" "$PERSON_BODY"
PERSON=$(id_of "/api/v1/people?customerId=$CUSTOMER")
call "approve the person" 200 POST "/api/v1/people/$PERSON/approval" "$OPS" '{"writtenApprovalReference":"ACC-PRISM-1"}'
call "check at the door" 200 POST /api/v1/access-checks "$SECURITY" "{\"personId\":\"$PERSON\",\"spaceId\":\"$SPACE\"}"
call "check an unknown person" 200 POST /api/v1/access-checks "$SECURITY" \
  "{\"personId\":\"00000000-0000-4000-8000-000000000000\",\"spaceId\":\"$SPACE\"}"
call "list access events" 200 GET "/api/v1/access-events?spaceId=$SPACE&limit=10" "$SECURITY"
call "list the customer's spaces" 200 GET /api/v1/spaces "$CUSTOMER_TOKEN"
call "list people" 200 GET "/api/v1/people?customerId=$CUSTOMER" "$OPS"
call "read an absent space (404)" 404 GET /api/v1/spaces/00000000-0000-4000-8000-000000000000 "$OPS"
# valid by the spec, refused by a rule: the same document twice (§3.2, one record per person)
call "ask for the same person again (409)" 409 POST /api/v1/people "$CUSTOMER_TOKEN" "$PERSON_BODY"

echo
echo "Prism's own report (violations and errors):"
sed -E 's/\x1b\[[0-9;]*m//g; s/^\[[^]]*\] › //' "$WORK/prism.log" | grep -aE 'Violation|✖' | sort | uniq -c | sort -rn \
  | head -60 || echo "  none"
echo "logs in $WORK"
if [ "$failures" -gt 0 ]; then
  echo "$failures of the walk's requests failed validation"
  exit 1
fi
echo "every request and answer of the walk matches openapi/openapi.yaml"
