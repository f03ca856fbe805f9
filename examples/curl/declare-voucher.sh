#!/usr/bin/env bash
# Declare a voucher application (促进就业券申报) for a resident as an API client.
. "$(dirname "$0")/common.sh"
ensure_setup
token=$(client_token "$JIAFU_CLIENT_ID" "$JIAFU_CLIENT_SECRET")

body=$(jq -n --arg b "$BATCH_ID" --arg id "$(new_id_number)" --arg p "$(new_phone)" '{batchId: $b, applicantName: "王秀英",
  idNumber: $id, phone: $p, streetCode: "150203005", address: "钢铁大街 12 号 3 栋 2 单元", group: "UrbanUnemployed",
  householdSize: 3, evidenceNote: "失业登记证"}')
key=$(cat /proc/sys/kernel/random/uuid)
application=$(call POST /api/v1/vouchers/applications 201 -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -d "$body")
jq '{id, status, applicantName, idNumberMasked}' <<<"$application"

# A retry with the same key and body (say after a timeout) returns the first response instead of declaring twice.
again=$(call POST /api/v1/vouchers/applications 201 -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -d "$body")
[ "$(jq -r .id <<<"$again")" = "$(jq -r .id <<<"$application")" ]
