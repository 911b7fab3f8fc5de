-- Reading major decisions and their procedures: the drafting divisions, the legal division and the leadership.
insert into organization_role_permission (role_code, permission) values
  ('STAFF', 'DECISION_VIEW'), ('LEGAL_REVIEWER', 'DECISION_VIEW'), ('LEADER', 'DECISION_VIEW');
