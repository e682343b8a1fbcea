#!/usr/bin/env bash
# Loads national-scale synthetic data into an empty MariaDB database (see ir.pishkhan.bench.NationalData).
#   bench/generate.sh --url jdbc:mariadb://HOST:PORT/DB --user U --password P [--scale 1] [--seed 1404]
# Builds the generator and the application's ejb module first (without tests).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests -pl bench -am install
mvn -B -ntp -q -pl bench exec:java -Dexec.mainClass=ir.pishkhan.bench.NationalData -Dexec.args="$*"
