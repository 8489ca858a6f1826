-- Others' private deals, found from the index alone: statements over many deployments set aside the deals hidden
-- from their reader (Deals.notHidden) instead of looking up each deal they point at.
create index deal_private on deal (visibility, owner_id, id);
