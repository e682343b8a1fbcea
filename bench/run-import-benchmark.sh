#!/usr/bin/env bash
# The roll-out import benchmark: the national data (some 20,000 active offices with their licences,
# contracts, capacity and waitlists, 31 province workbooks of ir.pishkhan.bench.RolloutData)
# imported through the application (dry run, then the batch job) versus the same rows inserted
# raw by the generator — side by side, RUNS times each (default 5), alternating. Also the server's
# heap while it reads a province file at scale 1 and the same province at scale 10.
# Needs: the built server and EAR (mvn -DskipTests package), the mariadb client, a MariaDB server
# it may create databases on, and the JDK's jstat.
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=root DB_PASSWORD= bench/run-import-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
RUNS=${RUNS:-5}
OFFICES=${OFFICES:-20000}
ADMIN=benchadmin
ADMIN_PASSWORD=Bench-Only-1404
BASE=http://127.0.0.1:8480/pishkhan
work=$root/bench/target/import-run
mkdir -p "$work"
report=$work/figures.md
: > "$report"
source bench/lib.sh
note() { echo "$*" | tee -a "$report"; }
url() { echo "jdbc:mariadb://$DB_HOST:$DB_PORT/$1"; }
rollout() { # args for RolloutData
  mvn -B -ntp -q -o -pl bench exec:java -Dexec.mainClass=ir.pishkhan.bench.RolloutData -Dexec.args="$*"
}
median() { sort -g | awk '{a[NR]=$1} END {printf "%.2f\n", NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
range() { sort -g | awk 'NR==1{lo=$1} {hi=$1} END {printf "%.2f–%.2f\n", lo, hi}'; }
now() { date +%s.%N; }

mvn -B -ntp -q -o -DskipTests -pl bench -am install
app_user

# The files, once: scale 1 (all provinces) and scale 10 (for the heap comparison).
fresh_db pishkhan_bench_rollout_src
rm -rf "$work/files-1" "$work/files-10"
rollout --url "$(url pishkhan_bench_rollout_src)" --user "$DB_USER" --password "$DB_PASSWORD" --mode files \
  --offices "$OFFICES" --out "$work/files-1" | grep '^FILE' > "$work/files-1.txt"
rollout --url "$(url pishkhan_bench_rollout_src)" --user "$DB_USER" --password "$DB_PASSWORD" --mode files \
  --offices $((OFFICES * 10)) --out "$work/files-10" | grep '^FILE' > "$work/files-10.txt"
total_rows=$(awk -F'rows=' '{split($2,a," "); s+=a[1]} END {print s}' "$work/files-1.txt")

jstat_pid=""
import_server() { stop_sampling; start_server "$1" importbench; }
trap 'stop_sampling; stop_server' EXIT
# Heap in use (survivors + eden + old, MB) once a second into $1, until stopped.
sample_heap() { jstat -gc "$server_pid" 1000 | awk 'NR>1 {printf "%.0f\n", ($3+$4+$6+$8)/1024; fflush()}' > "$1" & jstat_pid=$!; }
stop_sampling() { [[ -n "$jstat_pid" ]] && kill "$jstat_pid" 2>/dev/null || true; jstat_pid=""; }
json() { grep -o "\"$1\":[^,}]*" | head -1 | cut -d: -f2 | tr -d '"'; }

check() { # file province → import id (dry run)
  local answer
  answer=$(curl -fs -u "$ADMIN:$ADMIN_PASSWORD" -X POST -H 'Content-Type: application/octet-stream' \
    --data-binary @"$1" "$BASE/api/imports?province=$2&fileName=$(basename "$1")")
  [[ "$(echo "$answer" | json status)" == CHECKED ]] || { echo "dry run of $1 not clean: $answer" >&2; exit 1; }
  echo "$answer" | json id
}
commit() { # import id
  local version
  version=$(curl -fs -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/imports/$1" | json version)
  curl -fs -o /dev/null -u "$ADMIN:$ADMIN_PASSWORD" -X POST -H 'Content-Type: application/json' \
    -d "{\"version\":${version:-0}}" "$BASE/api/imports/$1/run"
}
wait_done() { # import id
  local status
  while true; do
    status=$(curl -fs -u "$ADMIN:$ADMIN_PASSWORD" "$BASE/api/imports/$1/run" | json status)
    case "$status" in
      COMPLETED) return 0 ;;
      FAILED|STOPPED) echo "import $1 ended $status" >&2; exit 1 ;;
    esac
    sleep 0.5
  done
}

note "Run $(date -u '+%Y-%m-%d %H:%M') UTC on: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(sql -N -e 'SELECT VERSION()')"
note ""
note "Data: $(wc -l < "$work/files-1.txt") province workbooks, $total_rows rows (capacity, licences, contracts, waitlist)"
note ""
note "| run | raw insert s | import: dry runs s | import: batch job s | import total s | job ÷ raw | dry run + job ÷ raw |"
note "|---|---|---|---|---|---|---|"
: > "$work/raw.txt"; : > "$work/job.txt"; : > "$work/total.txt"; : > "$work/ratio.txt"; : > "$work/ratio-total.txt"
for run in $(seq "$RUNS"); do
  fresh_db pishkhan_bench_rollout_raw
  raw=$(rollout --url "$(url pishkhan_bench_rollout_raw)" --user "$DB_USER" --password "$DB_PASSWORD" --mode raw \
    --offices "$OFFICES" | grep '^RAW_INSERT' | sed 's/.*seconds=//')
  fresh_db pishkhan_bench_rollout_app
  import_server pishkhan_bench_rollout_app
  ids=()
  t0=$(now)
  while read -r line; do
    file=$(echo "$line" | sed 's/.*path=//'); province=$(echo "$line" | sed 's/.*province=\([0-9]*\).*/\1/')
    ids+=("$(check "$file" "$province")")
  done < "$work/files-1.txt"
  t1=$(now)
  for id in "${ids[@]}"; do commit "$id"; wait_done "$id"; done
  t2=$(now)
  stop_server
  dry=$(echo "$t1 - $t0" | bc -l); job=$(echo "$t2 - $t1" | bc -l); total=$(echo "$t2 - $t0" | bc -l)
  ratio=$(echo "$job / $raw" | bc -l); ratio_total=$(echo "$total / $raw" | bc -l)
  echo "$raw" >> "$work/raw.txt"; echo "$job" >> "$work/job.txt"; echo "$total" >> "$work/total.txt"
  echo "$ratio" >> "$work/ratio.txt"; echo "$ratio_total" >> "$work/ratio-total.txt"
  note "$(printf '| %d | %.2f | %.1f | %.1f | %.1f | %.0f× | %.0f× |' "$run" "$raw" "$dry" "$job" "$total" "$ratio" "$ratio_total")"
done
note ""
note "Median (range) of $RUNS: raw insert $(median < "$work/raw.txt") s ($(range < "$work/raw.txt")); batch job $(median < "$work/job.txt") s ($(range < "$work/job.txt")); dry run + job $(median < "$work/total.txt") s ($(range < "$work/total.txt")); job ÷ raw $(median < "$work/ratio.txt")× ($(range < "$work/ratio.txt")); dry run + job ÷ raw $(median < "$work/ratio-total.txt")× ($(range < "$work/ratio-total.txt"))"
note ""

# Heap while reading and committing the biggest province's file, at scale 1 and at scale 10.
note "| file | rows | bytes | peak heap in use during the dry run, MB | peak heap in use during the job, MB |"
note "|---|---|---|---|---|"
for scale in 1 10; do
  line=$(sort -t= -k3 -n "$work/files-$scale.txt" | tail -1)
  file=$(echo "$line" | sed 's/.*path=//'); province=$(echo "$line" | sed 's/.*province=\([0-9]*\).*/\1/')
  rows=$(echo "$line" | sed 's/.*rows=\([0-9]*\).*/\1/'); bytes=$(stat -c %s "$file")
  fresh_db pishkhan_bench_rollout_app
  import_server pishkhan_bench_rollout_app
  sample_heap "$work/heap-dry-$scale.txt"
  id=$(check "$file" "$province")
  stop_sampling
  sample_heap "$work/heap-job-$scale.txt"
  commit "$id"; wait_done "$id"
  stop_sampling
  stop_server
  note "| scale $scale, province $province | $rows | $bytes | $(sort -n "$work/heap-dry-$scale.txt" | tail -1) | $(sort -n "$work/heap-job-$scale.txt" | tail -1) |"
done
echo "Figures in $report"
