#!/usr/bin/env bash
# Record a voucher service (记录服务): the institution's API client schedules the visit and records what was done.
# The district's side (declaration approved, voucher issued, the resident's choice of institution) is done here
# with the administrator's token so that the example has a voucher to serve.
. "$(dirname "$0")/common.sh"
ensure_setup
json=(-H 'Content-Type: application/json')
admin=(-H "Authorization: Bearer $ADMIN_TOKEN")
application=$(call POST /api/v1/vouchers/applications 201 "${admin[@]}" "${json[@]}" -d "$(jq -n --arg b "$BATCH_ID" \
  --arg id "$(new_id_number)" --arg p "$(new_phone)" '{batchId: $b, applicantName: "李淑珍", idNumber: $id, phone: $p,
  streetCode: "150203005", address: "钢铁大街 8 号", group: "UrbanUnemployed", householdSize: 2}')" | jq -r .id)
voucher=$(call POST "/api/v1/vouchers/applications/$application/approve" 200 "${admin[@]}" | jq -r .voucherId)
call POST "/api/v1/vouchers/$voucher/select-institution" 200 "${admin[@]}" "${json[@]}" \
  -d "$(jq -n --arg i "$INSTITUTION_ID" '{institutionId: $i, businessFormat: "Housekeeping"}')" >/dev/null

token=$(client_token "$JIAFU_CLIENT_ID" "$JIAFU_CLIENT_SECRET")
client=(-H "Authorization: Bearer $token")
call POST "/api/v1/vouchers/$voucher/schedule" 200 "${client[@]}" "${json[@]}" \
  -d "$(jq -n --arg d "$(today)" '{scheduledFor: $d}')" >/dev/null
served=$(call POST "/api/v1/vouchers/$voucher/service" 200 "${client[@]}" "${json[@]}" \
  -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  -d "$(jq -n --arg d "$(today)" '{workerName: "刘桂芳", serviceDate: $d, durationMinutes: 120,
        serviceItems: "居家保洁", residentConfirmed: true}')")
jq '{id, status, service}' <<<"$served"
[ "$(jq -r .status <<<"$served")" = Served ]
