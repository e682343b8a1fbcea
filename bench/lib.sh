# Shared by the benchmark scripts (sourced, not run): the database client, fresh databases, the
# server's own database account, and one WildFly with the production EAR on a database.
# Expects DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, ADMIN, ADMIN_PASSWORD, BASE and work set.

APP_USER=pishkhan_bench
APP_PASSWORD=Bench-Db-1404

sql() { mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }

fresh_db() {
  sql -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
}

# The server connects as its own user (a datasource needs a password), made once.
app_user() {
  sql -e "CREATE USER IF NOT EXISTS '$APP_USER'@'localhost' IDENTIFIED BY '$APP_PASSWORD';
          CREATE USER IF NOT EXISTS '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$APP_PASSWORD';
          GRANT ALL PRIVILEGES ON \`pishkhan_bench%\`.* TO '$APP_USER'@'localhost';
          GRANT ALL PRIVILEGES ON \`pishkhan_bench%\`.* TO '$APP_USER'@'127.0.0.1'; FLUSH PRIVILEGES;"
}

server_pid=""
# start_server DB NODE_NAME [JAVA_OPTIONS]: a fresh copy of the provisioned server (port offset 400)
# with the production EAR, on database DB; waits until it is ready; sets server_pid.
start_server() {
  stop_server
  local base=$work/server
  rm -rf "$base"
  cp -r ear/target/server/standalone "$base"
  rm -rf "$base/data" "$base/tmp" "$base/log"
  mkdir -p "$base/deployments"
  cp ear/target/pishkhan.ear "$base/deployments/"
  PISHKHAN_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$1" PISHKHAN_DB_USER="$APP_USER" PISHKHAN_DB_PASSWORD="$APP_PASSWORD" \
  JAVA_OPTS="${3:-} -Xms512m -Xmx1g -Djava.net.preferIPv4Stack=true -Dpishkhan.admin.username=$ADMIN \
    -Dpishkhan.admin.password=$ADMIN_PASSWORD -Dpishkhan.db.pool.max=40" \
    nohup ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$base" -Djboss.node.name="$2" \
    -Djboss.socket.binding.port-offset=400 > "$work/server.out" 2>&1 &
  for _ in $(seq 150); do
    curl -fs -o /dev/null "$BASE/api/health/ready" && break
    sleep 2
  done
  curl -fs -o /dev/null "$BASE/api/health/ready" || { echo "server did not start, see $work/server.out" >&2; exit 1; }
  server_pid=$(pgrep -f -- "-Djboss.node.name=$2( |$)" | while read -r p; do
    [[ "$(cat /proc/"$p"/comm)" == java ]] && echo "$p"; done | head -1)
}

# Stops the server and waits until it has gone (the next start needs the ports).
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
