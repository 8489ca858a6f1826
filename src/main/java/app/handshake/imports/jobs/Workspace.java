package app.handshake.imports.jobs;

import app.handshake.accounts.Users;
import app.handshake.deals.Deals;
import app.handshake.deals.Pipeline;
import app.handshake.deployments.Adoption;
import app.handshake.deployments.Deployments;
import app.handshake.partners.Endorsements;
import app.handshake.partners.PartnerParts;
import app.handshake.partners.Partners;
import app.handshake.partners.Specialties;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The modules an import writes through, in one place: every record goes through their rules and checks. */
@Component
record Workspace(People people, Organizations organizations, Touchpoints touchpoints, Users users, ImportKeys keys,
        Clock clock, Deals deals, Pipeline pipeline, Deployments deployments, Adoption adoption,
        Partners partners, PartnerParts partnerParts, Endorsements endorsements, Specialties specialties) {}
