-- The board sums the open deals of each stage per currency, as far as its reader may see them: an index holding
-- every column that sum reads answers it from the index alone, without reading each deal's row.
create index deal_open_sums on deal (outcome, stage_id, value_currency, value_amount, visibility, owner_id,
                                     organization_id);
