#!/usr/bin/env bash
# CI for examples/portal, its own Go module: vet, staticcheck and the
# tests with the race detector, against SQLite and against a PostgreSQL
# that this script starts in a temporary folder, with the browser tests
# in headless Chromium (TDKT_BROWSER=1). Called by .ci/run, which
# installs staticcheck and Chromium; run alone it installs PostgreSQL
# itself when it is missing (Debian's package).
set -euo pipefail
cd "$(dirname "$0")/../examples/portal"

export PATH="$PATH:/usr/local/go/bin"
export PATH="$PATH:$(go env GOPATH)/bin"

step() { printf '\n== portal: %s\n' "$*"; }

step "PostgreSQL"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
"$PGBIN/postgres" --version

# A cluster of its own in a temporary folder, owned by the user
# postgres (PostgreSQL refuses to run as root), on a free port and a
# socket in the same folder: nothing of the machine's own clusters is
# touched.
PGROOT=$(mktemp -d /tmp/tdkt-portal-pg.XXXXXX)
chmod 755 "$PGROOT"
RUNAS=()
if [ "$(id -u)" = 0 ]; then
	chown postgres:postgres "$PGROOT"
	RUNAS=(runuser -u postgres --)
fi
PGPORT=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do # taken: try another
	PGPORT=$((20000 + RANDOM % 20000))
done
PGPASSWORD_TDKT=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
stop_pg() { "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGROOT"; }
trap stop_pg EXIT
"${RUNAS[@]}" "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w \
	-o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null
"${RUNAS[@]}" "$PGBIN/psql" -h "$PGROOT" -p "$PGPORT" -U postgres -q -v ON_ERROR_STOP=1 \
	-c "CREATE USER tdkt PASSWORD '$PGPASSWORD_TDKT'" -c "CREATE DATABASE tdkt OWNER tdkt"
export TDKT_POSTGRES_URL="postgres://tdkt:$PGPASSWORD_TDKT@127.0.0.1:$PGPORT/tdkt?sslmode=disable"
echo "PostgreSQL on 127.0.0.1:$PGPORT, database tdkt"

step "gofmt -l"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "These files need gofmt:"
	echo "$unformatted"
	exit 1
fi

step "go vet ./..."
go vet ./...

step "staticcheck ./..."
if command -v staticcheck >/dev/null; then
	staticcheck ./...
else
	go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
fi

step "go test -race ./... (SQLite, PostgreSQL, Chromium)"
if command -v chromium >/dev/null; then
	export TDKT_BROWSER=1
fi
go test -race -count=1 -timeout 20m ./...
