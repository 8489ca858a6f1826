package app.handshake.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form or HTTP Basic) that refuses to check a password for an account or an address
 * that failed too often lately. The account limit stops guessing one password; the address limit stops
 * one client from trying many accounts.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountsProperties.SignIn settings;
    private final Clock clock;

    ThrottledSignIn(DaoAuthenticationProvider passwords, LoginThrottle throttle, AccountsProperties properties,
            Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.settings = properties.signIn();
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = "account:" + String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String address = "address:" + (authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown");
        Optional<OffsetDateTime> locked = throttle.lockedUntil(account).or(() -> throttle.lockedUntil(address));
        if (locked.isPresent()) {
            long minutes = Math.max(1, Duration.between(OffsetDateTime.now(clock), locked.get()).toMinutes() + 1);
            throw new LockedException("Too many failed sign-ins. Try again in " + minutes + " minute"
                    + (minutes == 1 ? "" : "s") + ".");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(account);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(account, settings.maxFailuresPerAccount());
            throttle.recordFailure(address, settings.maxFailuresPerAddress());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
