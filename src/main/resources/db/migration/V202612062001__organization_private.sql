-- The organizations hidden from a reader are others' private ones: few, found by this index rather than by reading
-- every organization, each time a statement over many deals or deployments sets them aside.
create index organization_private on organization (visibility, owner_id, id);
