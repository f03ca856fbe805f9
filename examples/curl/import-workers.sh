#!/usr/bin/env bash
# Bulk-import workers (从业人员批量导入) from a CSV file as an API client, then poll the job until it finishes.
. "$(dirname "$0")/common.sh"
ensure_setup
token=$(client_token "$JIAFU_CLIENT_ID" "$JIAFU_CLIENT_SECRET")

csv="$STATE/workers.csv"
{
  echo "name,idNumber,phone,institutionCreditCode,employmentType,jobTypes,healthCheckDate,identityVerified"
  echo "王秀英,$(new_id_number),$(new_phone),$INSTITUTION_CREDIT_CODE,EmployeeBased,家政服务员,$(today),是"
  echo "刘桂芳,$(new_id_number),$(new_phone),$INSTITUTION_CREDIT_CODE,Flexible,家政服务员,$(today),是"
} >"$csv"

# Upload and poll: 202 Accepted, then GET the job's statusUrl until it is Completed or Failed.
# mode=validate (the default) checks every row and writes nothing; mode=commit writes the valid rows, all or nothing.
import_file() {
  local mode=$1 accepted status_url job state
  # An Idempotency-Key makes a retry of the upload safe.
  accepted=$(call POST "/api/v1/registry/imports/workers?mode=$mode" 202 -H "Authorization: Bearer $token" \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -F "file=@$csv;type=text/csv")
  status_url=$(jq -r .statusUrl <<<"$accepted")
  echo "$mode: job $(jq -r .jobId <<<"$accepted") accepted; polling $status_url" >&2
  for _ in $(seq 1 60); do
    job=$(call GET "$status_url" 200 -H "Authorization: Bearer $token")
    state=$(jq -r .state <<<"$job")
    case "$state" in
      Completed) echo "$job"; return 0 ;;
      Failed) echo "import failed: $(jq -r .failureReason <<<"$job")" >&2; return 1 ;;
    esac
    sleep 1
  done
  echo "the job did not finish in time" >&2; return 1
}

checked=$(import_file validate)
jq '{state, rowsRead, rowsValid, rowsInvalid, errors}' <<<"$checked"
[ "$(jq -r .rowsInvalid <<<"$checked")" = 0 ] || { echo "fix the rows listed in errors first" >&2; exit 1; }

imported=$(import_file commit)
jq '{state, rowsRead, created, updated}' <<<"$imported"
[ "$(jq -r '.created + .updated' <<<"$imported")" = 2 ]
