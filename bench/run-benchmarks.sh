#!/usr/bin/env bash
# Benchmarks on national-scale data, each figure a ratio measured in the same run; writes
# docs/PERFORMANCE.md. Needs: the built server and EAR (mvn -DskipTests package), wrk (Debian
# package "wrk"), the mariadb client, and a MariaDB server it may create databases on:
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=root DB_PASSWORD= SCALE=1 bench/run-benchmarks.sh
# It creates pishkhan_bench_{app,sql}[_10x], starts one WildFly (port offset 400 → :8480) and
# stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
SCALE=${SCALE:-1}
WRK_SECONDS=${WRK_SECONDS:-20}
TENFOLD=${TENFOLD:-yes}
GENERATE=${GENERATE:-yes}   # "no": reuse the databases of an earlier run (each sweep changes them!)
PARTS=${PARTS:-one,ten}     # "one": verification, issuance and the sweep at scale 1; "ten": the sweep at 10x
ADMIN=benchadmin
ADMIN_PASSWORD=Bench-Only-1404
BASE=http://127.0.0.1:8480/pishkhan
work=$root/bench/target/run
mkdir -p "$work"
report=$work/figures-${PARTS//,/-}.md
: > "$report"
source bench/lib.sh
note() { echo "$*" | tee -a "$report"; }

generate() { # db scale
  [[ "$GENERATE" == yes ]] || return 0
  fresh_db "$1"
  bash bench/generate.sh --url "jdbc:mariadb://$DB_HOST:$DB_PORT/$1" --user "$DB_USER" --password "$DB_PASSWORD" \
    --scale "$2" | tee "$work/generate-$1.log" | tail -12
}

app_user
# The public rate limit out of the way: the load generator is one address.
bench_server() { start_server "$1" bench "${EXTRA_OPTS:-} -Dpishkhan.public.rate-per-minute=1000000000"; }
trap stop_server EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
heap_used_mb() { jcmd "$server_pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); gsub("K,?","",v); print int(v/1024); exit}}'; }

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); print v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); print v } else { sub(/s$/,"",v); print v*1000 } }'; }

load() { # name url [lua]
  local name=$1 url=$2 lua=${3:-}
  wrk -t2 -c64 -d10s ${lua:+-s "$lua"} "$url" > /dev/null # warm-up (the JIT)
  local t0 c0 out
  t0=$(date +%s.%N); c0=$(cpu_ticks)
  out=$(wrk -t2 -c64 -d"${WRK_SECONDS}s" --latency ${lua:+-s "$lua"} "$url")
  local c1 t1; c1=$(cpu_ticks); t1=$(date +%s.%N)
  echo "$out" > "$work/wrk-$name.txt"
  local rps p50 p99 cpu heap non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); non2xx=${non2xx:-0}
  cpu=$(awk -v a="$c0" -v b="$c1" -v s="$t0" -v e="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 100*(b-a)/hz/(e-s) }')
  heap=$(heap_used_mb)
  echo "$name|$rps|$p50|$p99|$cpu|$heap|$non2xx"
}

run_check() { # name → seconds examined changed
  local check=$1 before after
  before=$(curl -fs -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/schedule/runs?check=$check&limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  curl -fs -o /dev/null -u "$ADMIN:$ADMIN_PASSWORD" -X POST "$BASE/api/schedule/jobs/$check/runs"
  while true; do
    after=$(curl -fs -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/schedule/runs?check=$check&limit=1")
    if [[ "$(echo "$after" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)" != "${before:-}" ]] && ! echo "$after" | grep -q '"outcome":"RUNNING"'; then
      break
    fi
    sleep 0.5
  done
  python3 -c "
import json,sys
from datetime import datetime
r=json.loads(sys.argv[1])[0]
d=lambda s: datetime.fromisoformat(s.replace('Z','+00:00'))
print('%.2f %d %d %s' % ((d(r['endedAt'])-d(r['startedAt'])).total_seconds(), r['examined'], r['changed'], r['outcome']))" "$after"
}

sweep_app() { # → total seconds, writes per-check lines
  local total=0 line
  : > "$work/sweep-app-$1.md"
  for check in RENEWAL_REMINDERS EXPIRY SUSPENSION_END INVITATION_LAPSE MISSED_DEADLINES OFFENCE_POINTS INSPECTIONS_DUE OCCUPANCY_RECOUNT; do
    line=$(run_check "$check")
    echo "| $check | ${line// / | } |" >> "$work/sweep-app-$1.md"
    total=$(awk -v a="$total" -v b="${line%% *}" 'BEGIN { print a + b }')
  done
  echo "$total"
}

sweep_sql() { # db → seconds
  local t0 t1
  t0=$(date +%s.%N)
  { echo "SET @today = '$(TZ=Asia/Tehran date +%F)';"; cat bench/sweep.sql; } | sql "$1" > "$work/sweep-sql-$1.out"
  t1=$(date +%s.%N)
  awk -v s="$t0" -v e="$t1" 'BEGIN { printf "%.2f", e - s }'
}

# DB_BUFFER_POOL (e.g. 3G): sizes the server's InnoDB buffer pool first (a dynamic setting, kept
# until the server restarts). Its default, 128 MB, holds a tenth of the scale-1 data; at 10x the
# sweep then waits on the disk, on both sides of the ratio.
if [[ -n "${DB_BUFFER_POOL:-}" ]]; then
  sql -e "SET GLOBAL innodb_buffer_pool_size = $(numfmt --from=iec "$DB_BUFFER_POOL")"
fi
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1), MariaDB $(sql -N -e 'SELECT VERSION()') (InnoDB buffer pool $(sql -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MB)"
note "Run $(date -u '+%Y-%m-%d %H:%M UTC') on: $machine"
note ""

# --- National data, twice (identical: same seed), one copy for the application, one for plain SQL.
if [[ ",$PARTS," == *",one,"* ]]; then
generate pishkhan_bench_app "$SCALE"
generate pishkhan_bench_sql "$SCALE"
bench_server pishkhan_bench_app
note "Server heap after start-up on the national data: $(heap_used_mb) MB used"

# --- Public verification against a trivial endpoint, 64 concurrent clients.
numbers=$(sql -N pishkhan_bench_app -e "SELECT number FROM license WHERE status = 'ACTIVE' ORDER BY RAND(1) LIMIT 1000" | tr '\n' ' ')
cat > "$work/verify.lua" <<LUA
local numbers = {}
for n in string.gmatch("$numbers", "%S+") do numbers[#numbers + 1] = n end
local i = 0
request = function()
  i = i % #numbers + 1
  return wrk.format("GET", "/pishkhan/api/public/licenses/" .. numbers[i])
end
LUA
# Two rounds, interleaved, because one 20-second figure on a shared 2-core machine varies by
# a third from run to run; each ratio is the sum of its rounds over the sum of the trivial ones.
ping1=$(load ping-1 "$BASE/api/health/ping")
verify1=$(load verify-1 "http://127.0.0.1:8480" "$work/verify.lua")
ping2=$(load ping-2 "$BASE/api/health/ping")
verify2=$(load verify-2 "http://127.0.0.1:8480" "$work/verify.lua")
# The same with the verification cache off: every request reads the database.
EXTRA_OPTS="-Dpishkhan.verification.cache-seconds=0" bench_server pishkhan_bench_app
ping3=$(load ping-3 "$BASE/api/health/ping")
uncached1=$(load verify-uncached-1 "http://127.0.0.1:8480" "$work/verify.lua")
ping4=$(load ping-4 "$BASE/api/health/ping")
uncached2=$(load verify-uncached-2 "http://127.0.0.1:8480" "$work/verify.lua")
bench_server pishkhan_bench_app

# --- Contended issuance: 50 counties at capacity 20, 64 concurrent requests.
c0=$(cpu_ticks); t0=$(date +%s.%N)
issuance=$(mvn -B -ntp -q -pl bench exec:java -Dexec.mainClass=ir.pishkhan.bench.IssuanceBench \
  -Dexec.args="$BASE $ADMIN $ADMIN_PASSWORD 20 64" | grep -o 'issuance|.*')
c1=$(cpu_ticks); t1=$(date +%s.%N)
issuance_cpu=$(awk -v a="$c0" -v b="$c1" -v s="$t0" -v e="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 100*(b-a)/hz/(e-s) }')
issuance_heap=$(heap_used_mb)

# --- The nightly sweep: the application's eight checks against the same work in plain SQL.
app1=$(sweep_app 1x)
sql1=$(sweep_sql pishkhan_bench_sql)

{
  echo "## Figures"
  echo
  echo "### Public verification vs. a trivial JAX-RS endpoint (wrk, 64 connections, 2 threads, ${WRK_SECONDS} s each)"
  echo
  echo "| endpoint | requests/s | p50 ms | p99 ms | server CPU % (of one core) | heap used MB | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  for line in "$ping1" "$verify1" "$ping2" "$verify2" "$ping3" "$uncached1" "$ping4" "$uncached2"; do echo "| ${line//|/ | } |"; done
  echo
  rps() { local x="${1#*|}"; echo "${x%%|*}"; }
  awk -v v1="$(rps "$verify1")" -v v2="$(rps "$verify2")" -v p1="$(rps "$ping1")" -v p2="$(rps "$ping2")" \
    'BEGIN { printf "Ratio verification / trivial (cache on, as deployed): **%.2f** (target ≥ 0.6)\n\n", (v1+v2)/(p1+p2) }'
  awk -v v1="$(rps "$uncached1")" -v v2="$(rps "$uncached2")" -v p1="$(rps "$ping3")" -v p2="$(rps "$ping4")" \
    'BEGIN { printf "Ratio verification / trivial with the cache off (every request reads the database): **%.2f**\n", (v1+v2)/(p1+p2) }'
  echo
  echo "### Contended issuance: 50 counties at capacity 20, 64 concurrent requests"
  echo
  IFS='|' read -r _ total requests seconds rate exact <<< "$issuance"
  echo "$total licences issued from $requests requests in $seconds s: **$rate issuances/s**; counties with exactly 20 licences and occupancy 20: **$exact of 50**. Server CPU $issuance_cpu % of one core (whole run, including set-up), heap used $issuance_heap MB."
  echo
  echo "### Nightly sweep at scale $SCALE: the eight checks through the application vs. plain set-based SQL"
  echo
  echo "| check | seconds | examined | changed | outcome |"
  echo "|---|---|---|---|---|"
  cat "$work/sweep-app-1x.md"
  echo
  echo "Application: **${app1} s**; plain SQL (bench/sweep.sql) on an identical copy: **${sql1} s**; ratio **$(awk -v a="$app1" -v b="$sql1" 'BEGIN { printf "%.1f", a/b }')×** (target ≤ 2×)."
  echo
  echo "Effects compared (application copy vs. SQL copy):"
  echo
  echo "| | application | SQL |"
  echo "|---|---|---|"
  for q in "SELECT COUNT(*) FROM notification" "SELECT COUNT(*) FROM license WHERE status = 'EXPIRED'" "SELECT COUNT(*) FROM license WHERE status = 'SUSPENDED'" "SELECT COUNT(*) FROM offence_standing WHERE suggested <> 'NONE'" "SELECT COUNT(*) FROM violation_report WHERE escalated_on IS NOT NULL"; do
    echo "| \`$q\` | $(sql -N pishkhan_bench_app -e "$q") | $(sql -N pishkhan_bench_sql -e "$q") |"
  done
  echo
} >> "$report"

fi

app1=${app1:-${APP1:-}}   # the 1x totals, for the growth figures when the parts run separately
sql1=${sql1:-${SQL1:-}}
if [[ "$TENFOLD" == yes && ",$PARTS," == *",ten,"* ]]; then
  stop_server
  big=$(awk -v s="$SCALE" 'BEGIN { print s * 10 }')
  generate pishkhan_bench_app_10x "$big"
  generate pishkhan_bench_sql_10x "$big"
  bench_server pishkhan_bench_app_10x
  app10=$(sweep_app 10x)
  sql10=$(sweep_sql pishkhan_bench_sql_10x)
  heap10=$(heap_used_mb)
  {
    echo "### Nightly sweep at scale $big (ten times the data)"
    echo
    echo "| check | seconds | examined | changed | outcome |"
    echo "|---|---|---|---|---|"
    cat "$work/sweep-app-10x.md"
    echo
    growth() { [[ -n "$2" ]] && awk -v a="$1" -v b="$2" 'BEGIN { printf " (%.1f× the 1× time)", a/b }' || true; }
    echo "Application: **${app10} s**$(growth "$app10" "$app1"); plain SQL: **${sql10} s**$(growth "$sql10" "$sql1"); ratio application/SQL **$(awk -v a="$app10" -v b="$sql10" 'BEGIN { printf "%.1f", a/b }')×**. Server heap used after the sweep: ${heap10} MB."
    echo
  } >> "$report"
fi
stop_server
echo "figures in $report"
