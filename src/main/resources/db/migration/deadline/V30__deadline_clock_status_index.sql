-- The 工作台's clocks that need attention (overdue or due soon, nearest due date first) read from an index, and the
-- overview's rule filter found one probe per rule (a loose index scan), over a region's hundred thousand clocks.
create index deadline_clock_status on deadline_clock (status, due_date);
create index deadline_clock_rule on deadline_clock (rule_code, org_id);
