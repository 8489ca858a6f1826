-- A referral search weighs every endorsement of a hundred or so partners: this index holds every column it reads
-- (all but what was said, read for the endorsements shown only), so the rows come from the index alone rather
-- than from some two thousand scattered table pages.
create index endorsement_weighed on endorsement
    (partner_id, rating, endorsed_on, endorser_person_id, endorser_user_id, specialty_id, id);
