package app.handshake.cadences.web;

import app.handshake.cadences.CadenceRule;
import app.handshake.touchpoints.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new cadence rule, from the API (POST /api/cadence-rules) or the rules page: the same checks for both. */
record RuleRequest(
        @NotNull(message = "choose what the rule looks at: a tag, a tier, an organization tier or a deal") CadenceRule.Kind kind,
        @NotBlank(message = "name the tag, tier, organization tier, deal role or deal value") @Size(max = 50, message = "must be at most 50 characters") String value,
        @NotNull(message = "say every how many days") @Min(value = 1, message = "must be at least 1 day")
        @Max(value = 3650, message = "must be at most 3650 days (ten years)") Integer intervalDays,
        Channel channel) {}
