package app.handshake.accounts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks a request that signed in with credentials in its own {@code Authorization} header, a bearer token
 * or a password. A forged cross-site form cannot carry such a header, so only those requests may skip CSRF;
 * a header that signed nobody in excuses nothing.
 */
final class HeaderSignIn {

    private static final String ATTRIBUTE = HeaderSignIn.class.getName();

    private HeaderSignIn() {}

    static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean happened(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
