package app.handshake.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page with a reason a person can act on, and the email they typed. */
class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        // A disabled account gets the same answer as a wrong password: nobody learns which accounts exist.
        String reason = e instanceof LockedException ? "locked" : "failed";
        String email = request.getParameter("email");
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason
                + (email == null ? "" : "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)));
    }
}
