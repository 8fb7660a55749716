#!/usr/bin/env bash
# The cluster test (docs/PERFORMANCE.md "Beyond one machine"): on this one machine, without Docker, starts
#   - a PostgreSQL primary and a streaming replica made from it with pg_basebackup (two fresh clusters),
#   - a local SMTP sink (docker/cluster/smtp-sink.py),
#   - two application nodes (the packaged jar, demo data, the replica configured),
#   - HAProxy with docker/haproxy/haproxy.cfg (cookie stickiness, health checks),
# and checks what a deployment of that shape must do. Everything it started is stopped when it ends, however it
# ends (trap), and its files are removed (KEEP=1 keeps them for a look).
#
#   ./mvnw -Pcluster verify                       # packages the jar, then runs this script
#   docker/cluster/run-local.sh [target/touchpoint-*.jar]
#
# Run as root (the PostgreSQL clusters then run as the postgres OS user) or as a user that may run PostgreSQL.
# Ports: CLUSTER_PORT_BASE (default 25000) + 432 primary, 433 replica, 80 HAProxy, 81/82 nodes, 25 SMTP.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${1:-$(ls "$ROOT"/target/touchpoint-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -f "$JAR" ] || { echo "No packaged jar (run ./mvnw package -DskipTests first, or pass its path)"; exit 2; }
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PGBIN/initdb" ] || { echo "No PostgreSQL server binaries (set PGBIN)"; exit 2; }
command -v haproxy >/dev/null || { echo "No haproxy (apt-get install haproxy)"; exit 2; }

BASE=${CLUSTER_PORT_BASE:-25000}
PRIMARY_PORT=$((BASE + 432)) REPLICA_PORT=$((BASE + 433)) LB_PORT=$((BASE + 80))
A_PORT=$((BASE + 81)) B_PORT=$((BASE + 82)) SMTP_PORT=$((BASE + 25))
LB=http://127.0.0.1:$LB_PORT
WORK=$(mktemp -d /tmp/touchpoint-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
FAILURES=0
STARTED=$(date +%s)

say() { printf '[%4ss] %s\n' "$(($(date +%s) - STARTED))" "$*"; }
pass() { say "PASS  $*"; }
fail() { say "FAIL  $*"; FAILURES=$((FAILURES + 1)); }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { psql -X -q -At -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "$2"; }
primary() { sql "$PRIMARY_PORT" "$1"; }
replica() { sql "$REPLICA_PORT" "$1"; }

cleanup() {
  local rc=$?
  set +e
  say "cleaning up"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 1
  done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  for d in replica primary; do
    [ -f "$WORK/pg/$d/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/$d" -m immediate -w stop >/dev/null 2>&1
  done
  wait 2>/dev/null
  if [ -n "${KEEP:-}" ]; then say "files kept in $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

await() { # await SECONDS DESCRIPTION COMMAND...: until the command succeeds
  local seconds=$1 what=$2; shift 2
  local until=$(($(date +%s) + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -ge "$until" ] && { say "gave up waiting for $what after ${seconds}s"; return 1; }
    sleep 1
  done
}

# ------------------------------------------------------------------------------------------ PostgreSQL
say "PostgreSQL primary on $PRIMARY_PORT, replica on $REPLICA_PORT ($PGBIN)"
install -d -m 700 -o "$( [ "$(id -u)" = 0 ] && echo postgres || id -un)" "$WORK/pg"
as_pg "$PGBIN/initdb" -D "$WORK/pg/primary" -U postgres -A trust --no-sync >/dev/null
cat >> "$WORK/pg/primary/postgresql.conf" <<EOF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK/pg'
wal_level = replica
max_wal_senders = 4
hot_standby = on
hot_standby_feedback = on
max_connections = 60
shared_buffers = 64MB
fsync = off
EOF
echo "host replication all 127.0.0.1/32 trust" >> "$WORK/pg/primary/pg_hba.conf"
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/primary" -l "$WORK/pg/primary.log" -w start >/dev/null
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/pg/replica" -R -X stream -c fast
echo "port = $REPLICA_PORT" >> "$WORK/pg/replica/postgresql.conf"
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/replica" -l "$WORK/pg/replica.log" -w start >/dev/null
await 30 "streaming replication" test "$(primary "select count(*) from pg_stat_replication where state = 'streaming'")" = 1
[ "$(replica "select pg_is_in_recovery()")" = t ] && pass "replica streams from the primary (pg_basebackup, hot standby)" \
  || fail "replica is not a hot standby"

# ------------------------------------------------------------------------------------------ SMTP sink
MAILS=$WORK/mail
python3 "$ROOT/docker/cluster/smtp-sink.py" "$SMTP_PORT" "$MAILS" "${SMTP_DELAY:-0.05}" > "$WORK/smtp.log" 2>&1 &
PIDS+=($!)
await 60 "the SMTP sink" bash -c "echo > /dev/tcp/127.0.0.1/$SMTP_PORT"

# ------------------------------------------------------------------------------------------ nodes
start_node() { # start_node NAME PORT
  java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" \
    --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/postgres" \
    --spring.datasource.replica.url="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/postgres" \
    --spring.datasource.replica.check-interval=1s \
    --spring.datasource.hikari.maximum-pool-size=8 \
    --touchpoint.demo.enabled=true \
    --touchpoint.demo.accounts="${DEMO_ACCOUNTS:-120}" \
    --touchpoint.themes.enabled=false \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
    --touchpoint.mail.dispatch-delay=PT1S --touchpoint.surveys.job-delay=PT2S \
    --touchpoint.public-url="$LB" \
    --touchpoint.proxy.trusted-addresses=127.0.0.1 \
    --logging.level.cx.touchpoint.base.replica=debug \
    > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  eval "${1}_PID=$!"
}
healthy() { curl -fsS "http://127.0.0.1:$1/actuator/health" | grep -q '"status":"UP"'; }

say "node a on $A_PORT (creates the schema and the demo company), then node b on $B_PORT"
start_node a "$A_PORT"
await 300 "node a" grep -q "Demo data: generated" "$WORK/a.log" || { tail -40 "$WORK/a.log"; exit 1; }
await 60 "node a healthy" healthy "$A_PORT"
start_node b "$B_PORT"
await 300 "node b" healthy "$B_PORT" || { tail -40 "$WORK/b.log"; exit 1; }
say "both nodes up ($(primary "select count(*) from touchpoint.account") accounts)"

TOUCHPOINT_LB_BIND=127.0.0.1:$LB_PORT TOUCHPOINT_NODE_A=127.0.0.1:$A_PORT TOUCHPOINT_NODE_B=127.0.0.1:$B_PORT \
  haproxy -db -f "$ROOT/docker/haproxy/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
await 30 "HAProxy" curl -fsS "$LB/actuator/health"

# ------------------------------------------------------------------------------------------ checks
sign_in() { # sign_in COOKIEJAR USER [NODE]: signs in through the balancer; prints the node that holds the session
  local jar=$1
  rm -f "$jar"
  [ -n "${3:-}" ] && printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tTOUCHPOINT_NODE\t%s\n' "$3" > "$jar"
  curl -s -b "$jar" -c "$jar" -o /dev/null "$LB/login"
  local where
  where=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    -H "Origin: $LB" --data-urlencode "username=$2" --data-urlencode "password=touchpoint" "$LB/login")
  case "$where" in
    "302 "*error*|"302 "*login*) echo "refused:$where"; return 1 ;;
    302*) awk '$6 == "TOUCHPOINT_NODE" {print $7}' "$jar" ;;
    *) echo "refused:$where"; return 1 ;;
  esac
}
home_page() { # home_page COOKIEJAR: the home view rendered as a browser asks for it: Vaadin's init request, then
  # the client's navigation event to the route; prints the server's answer (the view's components as JSON)
  local init ui key
  init=$(curl -s -b "$1" -c "$1" "$LB/?v-r=init&location=&query=")
  ui=$(grep -o '"v-uiId":[0-9]*' <<<"$init" | cut -d: -f2)
  key=$(grep -o '"Vaadin-Security-Key":"[^"]*"' <<<"$init" | cut -d'"' -f4)
  curl -s -b "$1" -c "$1" -H 'Content-Type: application/json' \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    "$LB/?v-r=uidl&v-uiId=$ui"
}
replica_reads() {
  replica "select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) from pg_stat_user_tables where schemaname = 'touchpoint'"
}

# 1. sign-in through the balancer, pinned to a node by HAProxy's cookie
EXEC=$WORK/executive.cookies
if node=$(sign_in "$EXEC" executive); then pass "sign-in through HAProxy: executive's session lives on node $node"; else fail "sign-in through HAProxy ($node)"; fi

# 2. a dashboard served from the replica
before=$(replica_reads)
page=$(home_page "$EXEC")
if grep -q "Customer experience at a glance" <<<"$page"; then pass "home dashboard rendered through HAProxy"; else fail "home dashboard did not render: ${page:0:300}"; fi
grown() { [ "$(replica_reads)" -gt "$before" ]; }
if await 20 "replica statistics" grown; then
  pass "dashboard read from the replica: its pg_stat_user_tables scans on touchpoint tables went $before -> $(replica_reads)"
else
  fail "the replica's statistics did not move ($before)"
fi
served=$(cat "$WORK/a.log" "$WORK/b.log" | grep -c "served by the replica" || true)
say "      node logs: $served read-only transactions served by the replica so far"

# 3. a write on node a is read on node b
vm=$(primary "select name from touchpoint.vertical_market order by id limit 1")
loc=$(primary "select country from touchpoint.location order by id limit 1")
platform=$(primary "select name from touchpoint.service_platform order by id limit 1")
ext="CLUSTER-$(date +%s)"
code=$(curl -s -o "$WORK/write.json" -w '%{http_code}' -u admin:demo-admin -H 'Content-Type: application/json' \
  -d "{\"externalId\":\"$ext\",\"name\":\"Written on node a\",\"verticalMarket\":\"$vm\",\"location\":\"$loc\",\"servicePlatform\":\"$platform\",\"accountExecutive\":\"account.exec\",\"revenue\":1000,\"potentialRevenue\":2000}" \
  "http://127.0.0.1:$A_PORT/api/v1/accounts")
read_back=$(curl -s -u executive:demo-executive "http://127.0.0.1:$B_PORT/api/v1/accounts/$ext")
if [ "${code:0:1}" = 2 ] && grep -q "Written on node a" <<<"$read_back"; then
  pass "account $ext written through node a (HTTP $code) is read at once on node b"
else
  fail "write on a / read on b: HTTP $code $(head -c 300 "$WORK/write.json") / $(head -c 300 <<<"$read_back")"
fi

# 4. a survey wave sent by two nodes reaches every contact once
mails_in_sink() { find "$MAILS" -name '*.eml' 2>/dev/null | wc -l; }
message_ids() { grep -h -i '^Message-ID:' "$MAILS"/*.eml 2>/dev/null | tr -d '\r' | awk '{print $2}'; }
await 120 "the demo's own mails to leave the outbox" test "$(primary "select count(*) from touchpoint.outbox_mail where status = 'PENDING'")" = 0
first_wave_mail=$(primary "select coalesce(max(id), 0) from touchpoint.outbox_mail")
# every survey the demo is preparing (drafts, shared with the customer, approved) is scheduled for now, as the
# "Schedule" button would; each node's survey job takes them (a locked preparation is sent once), then each node's
# dispatcher sends the mails (one transaction per mail, skip locked)
scheduled=$(primary "update touchpoint.survey_preparation set status = 'SCHEDULED', scheduled_for = now()
                     where status in ('DRAFT', 'SHARED', 'APPROVED', 'SCHEDULED') returning id" | wc -l)
wave_started=$(date +%s)
say "      the wave: $scheduled prepared surveys scheduled for now; both nodes' survey jobs and mail dispatchers run"
wave_done() { # several survey-job runs on both nodes (every 2 s), then an empty outbox
  [ $(($(date +%s) - wave_started)) -ge 12 ] &&
  [ "$(primary "select count(*) from touchpoint.outbox_mail where status = 'PENDING'")" = 0 ]
}
await 180 "the wave" wave_done || true
wave_mails=$(primary "select count(*) from touchpoint.outbox_mail where id > $first_wave_mail and status = 'SENT'")
wave_contacts=$(primary "select count(distinct i.contact_id) from touchpoint.survey_invitation i join touchpoint.outbox_mail m on m.invitation_id = i.id where m.id > $first_wave_mail")
dupes=$(message_ids | sort | uniq -d | wc -l)
missing=0
for id in $(primary "select id from touchpoint.outbox_mail where id > $first_wave_mail and status = 'SENT'"); do
  n=$(message_ids | grep -c "^<outbox-$id@" || true)
  [ "$n" = 1 ] || missing=$((missing + 1))
done
if [ "$wave_mails" -gt 0 ] && [ "$missing" = 0 ] && [ "$dupes" = 0 ]; then
  pass "wave: $scheduled surveys, $wave_mails invitation mails to $wave_contacts contacts, each received exactly once (0 duplicates, 0 missing; $(primary "select count(*) from touchpoint.survey_preparation where status = 'SCHEDULED'") left scheduled: the contact policy refused all their recipients)"
else
  fail "wave: $wave_mails mails sent, $missing not received exactly once, $dupes duplicated Message-IDs"
fi

# 5. kill -9 of a node during a send
PIN=$WORK/pinned.cookies
pinned=$(sign_in "$PIN" team.lead a || true)
first_kill_mail=$(primary "select coalesce(max(id), 0) from touchpoint.outbox_mail")
primary "insert into touchpoint.outbox_mail (kind, account_id, contact_id, sender_name, recipient, subject, text_body,
           html_body, status, next_attempt_at, created_at)
         select 'INVITATION', c.account_id, c.id, 'Cluster test', 'kill-test-' || g || '@example.com',
           'Cluster test mail ' || g, 'Mail ' || g, '<p>Mail ' || g || '</p>', 'PENDING', now(), now()
         from generate_series(1, ${KILL_MAILS:-300}) g,
           (select id, account_id from touchpoint.contact where opted_out_at is null order by id limit 1) c" >/dev/null
received_from() { [ "$(message_ids | awk -F'[-@]' -v f="$first_kill_mail" '$2 > f' | wc -l)" -ge "$1" ]; }
await 60 "the first third of the send" received_from $((${KILL_MAILS:-300} / 3)) || true
in_flight=$(primary "select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'outbox_mail' and l.mode = 'RowShareLock'")
kill -9 "$a_PID"
say "      kill -9 node a after $(message_ids | awk -F'[-@]' -v f="$first_kill_mail" '$2 > f' | wc -l) of ${KILL_MAILS:-300} mails received ($in_flight dispatchers holding a mail at that moment)"
kill_done() { [ "$(primary "select count(*) from touchpoint.outbox_mail where id > $first_kill_mail and status <> 'SENT'")" = 0 ]; }
await 180 "node b to finish the send" kill_done || true
sent=$(primary "select count(*) from touchpoint.outbox_mail where id > $first_kill_mail and status = 'SENT'")
lost=0 duplicated=0
counts=$(message_ids | awk -F'[-@]' -v f="$first_kill_mail" '$2 > f {print $2}' | sort -n | uniq -c)
for id in $(primary "select id from touchpoint.outbox_mail where id > $first_kill_mail"); do
  n=$(awk -v id="$id" '$2 == id {print $1}' <<<"$counts")
  [ -z "$n" ] && lost=$((lost + 1))
  [ -n "$n" ] && [ "$n" -gt 1 ] && duplicated=$((duplicated + n - 1))
done
if [ "$sent" = "${KILL_MAILS:-300}" ] && [ "$lost" = 0 ] && [ "$duplicated" -le 1 ]; then
  pass "kill -9 during a send: ${KILL_MAILS:-300} mails, $lost lost, $duplicated delivered twice (at most the one in flight; same Message-ID)"
else
  fail "kill -9 during a send: $sent of ${KILL_MAILS:-300} marked sent, $lost lost, $duplicated duplicates"
fi

# 6. losing a node costs a reload and a sign-in
if [ "$pinned" = a ]; then
  after=$(curl -s -b "$PIN" -c "$PIN" -o /dev/null -w '%{http_code} %{redirect_url}' "$LB/")
  again=$(sign_in "$PIN" team.lead || true)
  case "$after" in
    "302 "*login*|"200 "*) if [ "$again" = b ]; then
        pass "node a lost: its user's next request goes to node b, which asks for a sign-in ($after); signed in again on b"
      else fail "after losing node a: sign-in again gave '$again'"; fi ;;
    *) fail "after losing node a: $after" ;;
  esac
else
  fail "could not pin a session to node a ($pinned)"
fi

# 7. the replica stopped: pages still load, from the primary
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/replica" -m fast -w stop >/dev/null
t0=$(date +%s%N)
page=$(home_page "$EXEC")
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
if grep -q "Customer experience at a glance" <<<"$page"; then
  pass "replica stopped: the home dashboard still renders (${ms} ms, read from the primary)"
else
  fail "replica stopped: the home dashboard did not render: ${page:0:300}"
fi
await 10 "the node to notice" grep -q "Read replica not used" "$WORK/b.log" &&
  say "      node b: $(grep "Read replica not used" "$WORK/b.log" | tail -1 | sed 's/.*ReplicaReads *: //')"
page=$(home_page "$EXEC")
grep -q "Customer experience at a glance" <<<"$page" && pass "replica stopped: a second render works too" ||
  fail "replica stopped: second render failed"

say "$([ $FAILURES = 0 ] && echo "ALL CHECKS PASSED" || echo "$FAILURES CHECK(S) FAILED")"
exit $((FAILURES > 0))
