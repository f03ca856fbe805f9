#!/usr/bin/env bash
# Shared helpers of the curl examples. Needs bash, curl and jq.
#   JIAFU_BASE_URL        the API, e.g. https://jiafu.example.cn (default http://127.0.0.1:5181)
#   JIAFU_CLIENT_ID/JIAFU_CLIENT_SECRET   your API client's credentials (from the bureau), or, to let the
#   examples create a client for themselves: JIAFU_ADMIN_USER/JIAFU_ADMIN_PASSWORD of an administrator.
set -euo pipefail
BASE="${JIAFU_BASE_URL:-http://127.0.0.1:5181}"
STATE="${JIAFU_EXAMPLE_STATE:-$(mktemp -d)}"

# call METHOD PATH EXPECTED_STATUS [curl args...]: prints the body; fails (with the problem details) on another status.
call() {
  local method=$1 path=$2 expected=$3; shift 3
  local body status
  body=$(mktemp)
  status=$(curl -sS -o "$body" -w '%{http_code}' -X "$method" "$BASE$path" "$@")
  if [ "$status" != "$expected" ]; then
    echo "$method $path: expected $expected, got $status" >&2
    cat "$body" >&2; echo >&2
    rm -f "$body"; return 1
  fi
  cat "$body"; rm -f "$body"
}

# Bearer token of a user (POST /api/v1/auth/login).
user_token() {
  call POST /api/v1/auth/login 200 -H 'Content-Type: application/json' \
    -d "$(jq -n --arg u "$1" --arg p "$2" '{userName: $u, password: $p}')" | jq -r .accessToken
}

# Bearer token of an API client: OAuth 2.0 client credentials (POST /api/v1/auth/token, form-encoded).
client_token() {
  call POST /api/v1/auth/token 200 \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$1" --data-urlencode "client_secret=$2" \
    | jq -r .access_token
}

# A valid unified social credit code (GB 32100) of a Kundulun enterprise, with a random organisation code.
new_credit_code() {
  local alphabet=0123456789ABCDEFGHJKLMNPQRTUWXY weights=(1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28)
  local body="91150203" i sum=0 c
  for _ in $(seq 1 9); do body+=${alphabet:RANDOM%31:1}; done
  for i in $(seq 0 16); do c=${body:i:1}; local prefix=${alphabet%%"$c"*}; sum=$((sum + ${#prefix} * weights[i])); done
  local check=$(((31 - sum % 31) % 31))
  echo "$body${alphabet:check:1}"
}

# A valid resident ID number (GB 11643) registered in Kundulun District, born 1970–1999.
new_id_number() {
  local weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=10X98765432 i sum=0
  local body
  body=$(printf '150203%04d%02d%02d%03d' $((1970 + RANDOM % 30)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 1000)))
  for i in $(seq 0 16); do sum=$((sum + ${body:i:1} * weights[i])); done
  echo "$body${checks:sum%11:1}"
}

new_phone() { printf '139%08d' $(( (RANDOM * 32768 + RANDOM) % 100000000 )); }

today() { TZ=Asia/Shanghai date +%F; }   # business dates are China time (UTC+8)

# Sets up what the examples need, once per state folder: with administrator credentials, a recognised institution,
# a voucher batch and an API client bound to the institution; writes them to $STATE/env.
ensure_setup() {
  if [ -f "$STATE/env" ]; then . "$STATE/env"; return; fi
  : "${JIAFU_ADMIN_USER:=admin}"
  : "${JIAFU_ADMIN_PASSWORD:?set JIAFU_ADMIN_PASSWORD (or JIAFU_CLIENT_ID/SECRET and the ids in JIAFU_EXAMPLE_STATE/env)}"
  local admin institution credit batch client
  admin=$(user_token "$JIAFU_ADMIN_USER" "$JIAFU_ADMIN_PASSWORD")
  credit=$(new_credit_code)
  institution=$(call POST /api/v1/registry/institutions 201 -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg c "$credit" --arg p "$(new_phone)" '{name: ("示例家政服务有限公司" + ($c[8:14])), creditCode: $c,
          streetCode: "150203005", address: "内蒙古包头市昆都仑区阿尔丁大街45号", legalRepresentative: "王秀英",
          contactPhone: $p, businessFormats: ["Housekeeping"], isAllianceMember: false}')" | jq -r .id)
  for action in apply-recognition recognise; do
    call POST "/api/v1/registry/institutions/$institution/$action" 200 -H "Authorization: Bearer $admin" \
      -H 'Content-Type: application/json' -d '{}' >/dev/null
  done
  batch=$(call POST /api/v1/vouchers/batches 201 -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg tag "${credit:8:6}" --arg from "$(today)" --argjson year "$(TZ=Asia/Shanghai date +%Y)" '{name: ("示例批次 " + $from + " " + $tag), year: $year,
          quantity: 50, faceValue: 200, eligibleGroups: ["UrbanUnemployed"], validFrom: $from,
          validUntil: (($year + 1 | tostring) + "-12-31")}')" | jq -r .id)
  client=$(call POST /api/v1/identity/clients 201 -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg i "$institution" '{name: "示例 O2O 平台", scopes: ["registry.read", "registry.write", "vouchers.read",
          "vouchers.write", "vouchers.services.write"], institutionIds: [$i]}')")
  cat >"$STATE/env" <<ENV
ADMIN_TOKEN=$admin
INSTITUTION_ID=$institution
INSTITUTION_CREDIT_CODE=$credit
BATCH_ID=$batch
JIAFU_CLIENT_ID=$(jq -r .clientId <<<"$client")
JIAFU_CLIENT_SECRET=$(jq -r .clientSecret <<<"$client")
ENV
  . "$STATE/env"
}
