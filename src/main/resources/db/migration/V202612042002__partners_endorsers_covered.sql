-- A referral search weighs a thousand or so endorsements, each with its endorser's visibility and organization and
-- the reader's and the team's tier with them. These indexes hold those columns, so that each endorser is one index
-- lookup rather than an index lookup and then the row (H2 keeps a table by a hidden row id, not by its uuid key).
create index person_seen on person (id, visibility, owner_id, organization_id);
create index relationship_score_tier on relationship_score (person_id, user_id, tier);
