#!/usr/bin/env bash
# Two WildFly nodes of the application on this machine, sharing one MariaDB: node1 answers on
# http://127.0.0.1:8180/pishkhan, node2 on http://127.0.0.1:8280/pishkhan. The scheduled checks
# run clustered through the database (each trigger fires on one node; a dead node's job is
# recovered by the other), and the high-availability server replicates web sessions between
# the nodes (JGroups over TCP on 7700/7800), so a load balancer may send a signed-in user to
# either.
#
#   two-nodes.sh start [workdir]   copies the provisioned server into workdir/node1 and node2,
#                                  deploys the EAR, starts both, waits until both are ready
#   two-nodes.sh stop  [workdir]   stops both (SIGTERM, then SIGKILL after 30 s)
#   two-nodes.sh restart workdir N starts node N again (e.g. after it was killed)
#   two-nodes.sh pid N             the process id of node N's JVM
#
# Needs the build's server and EAR (`mvn -DskipTests package`; override with PISHKHAN_SERVER and
# PISHKHAN_EAR) and the database in PISHKHAN_DB_URL, PISHKHAN_DB_USER, PISHKHAN_DB_PASSWORD.
# PISHKHAN_NODE_OPTS adds JVM options to both nodes (e.g. -Dpishkhan.checks.batch-size=50).
set -euo pipefail

ear_dir=$(cd "$(dirname "$0")/../../.." && pwd)
# The high-availability server (sessions shared between the nodes) when the build made it.
server=${PISHKHAN_SERVER:-$ear_dir/target/server-ha}
[[ -d "$server" ]] || server=$ear_dir/target/server
ear=${PISHKHAN_EAR:-$ear_dir/target/pishkhan.ear}
work=${2:-$ear_dir/target/cluster}
command=${1:-}

java_pid() {
  # The node's JVM (standalone.sh is only its launcher).
  pgrep -f -- "-Djboss.node.name=$1 " | while read -r p; do
    if [[ "$(cat /proc/"$p"/comm 2>/dev/null)" == java ]]; then echo "$p"; fi
  done | head -1
}

launch() {
  local n=$1
  JAVA_OPTS="-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true ${PISHKHAN_NODE_OPTS:-}" \
    nohup "$server/bin/standalone.sh" -Djboss.server.base.dir="$work/node$n" -Djboss.node.name=node$n \
    -Djboss.socket.binding.port-offset=$((100 * n)) -Dpishkhan.deployment.scanner=true \
    -Djboss.tx.node.id=node$n -Djboss.bind.address.private=127.0.0.1 \
    >> "$work/node$n.out" 2>&1 &
}

wait_ready() {
  local n=$1 url="http://127.0.0.1:$((8080 + 100 * $1))/pishkhan/api/health/ready"
  local deadline=$((SECONDS + ${PISHKHAN_START_TIMEOUT:-300}))
  until curl -fs -o /dev/null "$url"; do
    if (( SECONDS > deadline )); then
      echo "node$n did not become ready; see $work/node$n.out" >&2
      exit 1
    fi
    sleep 2
  done
  echo "node$n ready: http://127.0.0.1:$((8080 + 100 * n))/pishkhan (pid $(java_pid node$n))"
}

case "$command" in
  start)
    [[ -d "$server" && -f "$ear" ]] || { echo "Build first: mvn -DskipTests package (no $server or $ear)" >&2; exit 1; }
    mkdir -p "$work"
    for n in 1 2; do
      base="$work/node$n"
      rm -rf "$base"
      cp -r "$server/standalone" "$base"
      rm -rf "$base/data" "$base/tmp" "$base/log"
      mkdir -p "$base/deployments"
      cp "$ear" "$base/deployments/pishkhan.ear"
      : > "$work/node$n.out"
      launch "$n"
    done
    for n in 1 2; do wait_ready "$n"; done
    ;;
  restart)
    # Starts one node again on its existing directory, e.g. after it was killed.
    n=${3:-1}
    launch "$n"
    wait_ready "$n"
    ;;
  stop)
    for n in 1 2; do
      p=$(java_pid node$n || true)
      [[ -n "$p" ]] && kill "$p" 2>/dev/null || true
    done
    for _ in $(seq 30); do
      [[ -z "$(java_pid node1)$(java_pid node2)" ]] && exit 0
      sleep 1
    done
    for n in 1 2; do
      p=$(java_pid node$n || true)
      [[ -n "$p" ]] && kill -9 "$p" 2>/dev/null || true
    done
    ;;
  pid)
    java_pid "node${2:-1}"
    ;;
  *)
    echo "usage: $0 start|stop [workdir]" >&2
    exit 2
    ;;
esac
