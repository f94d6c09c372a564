#!/usr/bin/env bash
# System pieces `make bench` needs on a fresh Debian machine: wrk (the load generator),
# what mysqlclient builds against, and a running MariaDB (started as .ci/run does).
# Redis is used when it answers; without it the bench server caches per worker.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v mariadb >/dev/null 2>&1 || need+=(mariadb-client)
dpkg -s libmariadb-dev >/dev/null 2>&1 || need+=(libmariadb-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
dpkg -s tzdata >/dev/null 2>&1 || need+=(tzdata)
if [ ${#need[@]} -gt 0 ]; then
  echo "# bench: installing ${need[*]}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Start the local MariaDB only when the bench uses the default local server.
url="${BENCH_DATABASE_URL:-mysql://root@127.0.0.1:3306/hb_bench}"
case "$url" in
  mysql://root@127.0.0.1:3306/*|mysql://root@localhost:3306/*)
    if ! mariadb -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1; then
      if [ -x /usr/sbin/mariadbd ]; then
        echo "# bench: starting MariaDB"
        $sudo start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
        for _ in $(seq 1 60); do
          mariadb -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1 && break
          sleep 1
        done
      else
        echo "# bench: no MariaDB answers on 127.0.0.1:3306 and mariadbd is not installed" >&2
      fi
    fi
    ;;
esac
