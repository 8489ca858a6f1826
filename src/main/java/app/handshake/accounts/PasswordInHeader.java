package app.handshake.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * HTTP Basic with the user's password, for issuing tokens. Added by hand rather than with
 * {@code httpBasic()} so that it runs before the CSRF check, which then knows whether the password
 * actually signed the request in.
 */
class PasswordInHeader extends BasicAuthenticationFilter {

    PasswordInHeader(AuthenticationManager signIn, AuthenticationEntryPoint problems) {
        super(signIn, problems);
    }

    @Override
    protected void onSuccessfulAuthentication(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        HeaderSignIn.mark(request);
    }
}
