-- The twin of GET /exports/case-histories?format=jsonl: one JSON document per case with the request,
-- its defender's pseudonymous profile, types, grants with approvals and payments, follow-ups and
-- audit entries, in the export's order. Haven also chains and signs every line, which no query
-- does: that work is part of what the ratio measures.
COPY (
  SELECT json_build_object(
           'request', json_build_object('id', r.id, 'reference', r.reference, 'team', r.team, 'status', r.status,
               'urgency', r.urgency, 'summary', r.summary, 'requestedAmount', r.requested_amount,
               'requestedCurrency', r.requested_currency, 'intakeChannel', r.intake_channel,
               'referringPartner', r.referring_partner, 'receivedAt', r.received_at,
               'decisionDeadline', r.decision_deadline, 'decidedAt', r.decided_at, 'closedAt', r.closed_at,
               'assignedOfficer', r.assigned_officer, 'statusReason', r.status_reason,
               'identityCheck', r.identity_check, 'situationCheck', r.situation_check, 'needCheck', r.need_check,
               'hostCountry', r.host_country, 'plannedDurationMonths', r.planned_duration_months,
               'familyMembersIncluded', r.family_members_included, 'assessedAt', r.assessed_at,
               'assessedBy', r.assessed_by),
           'defender', json_build_object('id', d.id, 'reference', d.reference, 'pseudonym', d.pseudonym,
               'status', d.status, 'riskLevel', d.risk_level, 'currentCountry', d.current_country,
               'legalStatus', d.legal_status),
           'types', (SELECT coalesce(json_agg(t.assistance_type ORDER BY t.assistance_type), '[]')
                       FROM assistance_request_type t WHERE t.request_id = r.id),
           'grants', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'reference', g.reference,
                          'fundId', g.fund_id, 'amount', g.amount, 'currency', g.currency, 'purpose', g.purpose,
                          'status', g.status, 'trancheGated', g.tranche_gated,
                          'approvalsRequired', g.approvals_required, 'proposedBy', g.proposed_by,
                          'proposedAt', g.proposed_at, 'sanctionsScreened', g.sanctions_screened,
                          'fundedElsewhere', g.funded_elsewhere, 'approvedAt', g.approved_at,
                          'decidedAt', g.decided_at, 'decisionReason', g.decision_reason,
                          'disbursedAmount', g.disbursed_amount,
                          'approvals', (SELECT coalesce(json_agg(json_build_object('approver', p.approver,
                                            'approverName', p.approver_name, 'approvedAt', p.approved_at,
                                            'comment', p.comment) ORDER BY p.position), '[]')
                                          FROM grant_approval p WHERE p.grant_id = g.id),
                          'disbursements', (SELECT coalesce(json_agg(json_build_object(
                                            'trancheNumber', x.tranche_number, 'amount', x.amount,
                                            'currency', x.currency, 'paidOn', x.paid_on, 'method', x.method,
                                            'paymentReference', x.payment_reference, 'recordedBy', x.recorded_by,
                                            'recordedAt', x.recorded_at) ORDER BY x.tranche_number), '[]')
                                          FROM disbursement x WHERE x.grant_id = g.id))
                        ORDER BY g.proposed_at, g.id), '[]')
                        FROM assistance_grant g WHERE g.request_id = r.id),
           'followUps', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'grantId', f.grant_id,
                             'type', f.type, 'dueOn', f.due_on, 'assignedOfficer', f.assigned_officer,
                             'status', f.status, 'completedAt', f.completed_at, 'outcome', f.outcome,
                             'newRiskLevel', f.new_risk_level, 'statusReason', f.status_reason)
                           ORDER BY f.due_on, f.id), '[]')
                           FROM follow_up f WHERE f.request_id = r.id),
           'auditEntries', (SELECT coalesce(json_agg(json_build_object('seq', a.seq, 'occurredAt', a.occurred_at,
                                'actorSubject', a.actor_subject, 'actorName', a.actor_name,
                                'actorRoles', a.actor_roles, 'action', a.action, 'entityType', a.entity_type,
                                'entityId', a.entity_id, 'reason', a.reason, 'changesText', a.changes,
                                'prevHash', a.prev_hash, 'hash', a.hash) ORDER BY a.seq), '[]')
                              FROM audit_entry a WHERE a.case_id = r.id))
    FROM assistance_request r
    JOIN defender d ON d.id = r.defender_id
   ORDER BY r.received_at, r.id
) TO STDOUT
