-- Cadence rules may look at deals: everyone in a role on an open deal ('open_deal', rule_value the role or
-- 'any'), and the decision makers on an open deal worth at least an amount ('deal_decision_maker', rule_value
-- the currency and the amount, as 'GBP 100000.00').
alter table cadence_rule drop constraint cadence_rule_kind_known;
alter table cadence_rule add constraint cadence_rule_kind_known
    check (kind in ('tag', 'tier', 'organization_tier', 'open_deal', 'deal_decision_maker'));
