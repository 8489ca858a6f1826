-- The advisor's thresholds, one row of workspace settings (the README gives the reason behind each default),
-- the deal values from which the team should have met a deal's decision makers in person, per currency, and
-- what each user did with a recommendation: dismissed it (until its facts change) or snoozed it (until a date).
create table advisor_setting (
    id                          integer     primary key,
    meet_within_months          integer     not null,
    virtual_only_months         integer     not null,
    important_tier              varchar(20) not null,
    single_threaded_touchpoints integer     not null,
    single_threaded_days        integer     not null,
    cooling_points              integer     not null,
    cooling_days                integer     not null,
    overdue_days                integer     not null,
    nurture_missed_months       integer     not null,
    constraint advisor_setting_one_row check (id = 1),
    constraint advisor_setting_tier_known check (important_tier in ('strategic', 'key', 'standard')),
    constraint advisor_setting_sane check (meet_within_months between 1 and 120
        and virtual_only_months between 1 and 120 and single_threaded_touchpoints between 2 and 1000
        and single_threaded_days between 7 and 3650 and cooling_points between 1 and 100
        and cooling_days between 7 and 3650 and overdue_days between 1 and 3650
        and nurture_missed_months between 1 and 24)
);
insert into advisor_setting (id, meet_within_months, virtual_only_months, important_tier, single_threaded_touchpoints,
                             single_threaded_days, cooling_points, cooling_days, overdue_days, nurture_missed_months)
values (1, 12, 6, 'key', 4, 180, 15, 90, 30, 2);

create table advisor_value_threshold (
    currency   char(3) primary key,
    min_amount bigint  not null,
    constraint advisor_value_threshold_positive check (min_amount >= 0)
);
-- 50,000 in the major currencies (minor units; the yen has none).
insert into advisor_value_threshold (currency, min_amount) values
    ('USD', 5000000), ('EUR', 5000000), ('GBP', 5000000), ('CHF', 5000000), ('CAD', 7000000), ('AUD', 7500000),
    ('JPY', 7500000);

create table advisor_hold (
    user_id            uuid         not null references app_user (id),
    recommendation_key varchar(120) not null,
    hold               varchar(10)  not null,
    facts              varchar(64),
    until              timestamp with time zone,
    held_at            timestamp with time zone not null,
    primary key (user_id, recommendation_key),
    constraint advisor_hold_known check ((hold = 'dismissed' and facts is not null)
                                         or (hold = 'snoozed' and until is not null))
);
