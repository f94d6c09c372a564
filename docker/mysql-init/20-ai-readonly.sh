# The AI service's own MySQL account: SELECT on the application database, nothing else.
#
# Mounted into the mysql image's /docker-entrypoint-initdb.d (compose.yaml), which sources
# it once, as root, when the data volume is first initialised, right after it created
# MYSQL_DATABASE and MYSQL_USER. The release step cannot do this: it runs as the core's
# account, which (rightly) may neither create accounts nor grant. For a volume created
# before this file existed, run it once by hand:
#   docker compose exec mysql bash /docker-entrypoint-initdb.d/20-ai-readonly.sh
# Idempotent: re-running resets the password to MYSQL_AI_PASSWORD and re-grants.

: "${MYSQL_AI_USER:=healthbite_ai}"
: "${MYSQL_DATABASE:?MYSQL_DATABASE is not set}"
if [ -z "${MYSQL_AI_PASSWORD:-}" ]; then
  echo "20-ai-readonly.sh: MYSQL_AI_PASSWORD is not set" >&2
  exit 1
fi

# Run by hand (not sourced by the entrypoint): the entrypoint's helper is not defined.
if ! declare -F docker_process_sql >/dev/null; then
  docker_process_sql() {
    MYSQL_PWD="${MYSQL_ROOT_PASSWORD:?MYSQL_ROOT_PASSWORD is not set}" mysql -uroot -hlocalhost "$@"
  }
fi

# SQL string literals and identifiers: backslashes and quotes escaped.
sql_string() { local value=${1//\\/\\\\}; printf "'%s'" "${value//\'/\\\'}"; }
sql_name() { printf '`%s`' "${1//\`/\`\`}"; }

account="$(sql_string "$MYSQL_AI_USER")@'%'"
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY $(sql_string "$MYSQL_AI_PASSWORD");
ALTER USER ${account} IDENTIFIED BY $(sql_string "$MYSQL_AI_PASSWORD");
GRANT SELECT ON $(sql_name "$MYSQL_DATABASE").* TO ${account};
SQL
echo "20-ai-readonly.sh: ${MYSQL_AI_USER} may SELECT on ${MYSQL_DATABASE}, nothing else"
