package app.handshake.accounts.web;

import app.handshake.accounts.Actor;
import app.handshake.accounts.UserView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;

/** A user as the caller may see them: the whole account, or a colleague's name and email. */
@Schema(oneOf = {UsersApi.UserResponse.class, TeamMemberResponse.ColleagueResponse.class})
sealed interface TeamMemberResponse permits UsersApi.UserResponse, TeamMemberResponse.ColleagueResponse {

    /**
     * What every user sees of a colleague: enough to pick them, nothing about their role or account. No other
     * property, so that a whole account never also passes for a colleague in the document's oneOf.
     */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    @NullMarked
    record ColleagueResponse(UUID id, String displayName, String email) implements TeamMemberResponse {}

    static TeamMemberResponse of(UserView user, Actor viewer) {
        return viewer.seesAccountOf(user) ? UsersApi.UserResponse.of(user)
                : new ColleagueResponse(user.id(), user.displayName(), user.email());
    }
}
