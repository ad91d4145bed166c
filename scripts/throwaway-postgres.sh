# Starts a throwaway PostgreSQL cluster on a free local port, for the tests; stops and deletes it on exit.
# Source it, then call `start_throwaway_postgres`: it exports THROWAWAY_POSTGRES_URL (database `samspil_test`).
# Never touches another server: the cluster lives in a temporary folder and listens on 127.0.0.1 only.

postgres_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_postgres_if_missing() {
    [ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ] && return 0
    echo "PostgreSQL's server is not installed: installing Debian's package." >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "Run as root, or install it yourself: sudo apt-get install postgresql" >&2
        return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

start_throwaway_postgres() {
    install_postgres_if_missing || return 1
    local bin port
    bin=$(postgres_bin)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    THROWAWAY_POSTGRES_DIR=$(mktemp -d /tmp/samspil-postgres.XXXXXX)
    # PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
    local run=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$THROWAWAY_POSTGRES_DIR"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$bin/initdb" -D "$THROWAWAY_POSTGRES_DIR/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
    "${run[@]}" "$bin/pg_ctl" -D "$THROWAWAY_POSTGRES_DIR/data" -l "$THROWAWAY_POSTGRES_DIR/log" -w -s \
        -o "-p $port -k $THROWAWAY_POSTGRES_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" start
    "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres samspil_test
    export THROWAWAY_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/samspil_test"
    THROWAWAY_POSTGRES_STOP=("${run[@]}" "$bin/pg_ctl" -D "$THROWAWAY_POSTGRES_DIR/data" -m immediate -w -s stop)
    echo "Throwaway PostgreSQL on 127.0.0.1:$port" >&2
}

stop_throwaway_postgres() {
    if [ -n "${THROWAWAY_POSTGRES_DIR:-}" ]; then
        "${THROWAWAY_POSTGRES_STOP[@]}" >/dev/null 2>&1 || true
        rm -rf "$THROWAWAY_POSTGRES_DIR"
        THROWAWAY_POSTGRES_DIR=
    fi
}
