package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.OrganizationDraft;
import app.handshake.people.OrganizationTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** The body of POST and PUT /api/organizations. */
record OrganizationRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 253) String domain,
        @Size(max = 100) String industry,
        OrganizationTier tier,
        @Size(max = 10000) String notes,
        @Size(max = 200) List<@NotNull @Valid Site> sites,
        Visibility visibility) {

    @NullMarked
    record Site(@NotBlank @Size(max = 200) String name, @Valid @Nullable LocationJson location) {}

    OrganizationDraft toDraft() {
        return new OrganizationDraft(name, domain, industry, tier, notes, sites == null ? null
                : sites.stream().map(s -> new OrganizationDraft.Site(s.name(), LocationJson.toLocation(s.location())))
                        .toList(), visibility);
    }
}
