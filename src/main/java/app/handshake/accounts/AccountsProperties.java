package app.handshake.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts module, under {@code handshake.accounts}.
 *
 * @param signIn how many failed sign-ins lock an account or an address, and for how long
 */
@ConfigurationProperties("handshake.accounts")
record AccountsProperties(@DefaultValue SignIn signIn) {

    /**
     * @param maxFailuresPerAccount failures within the window that lock one account
     * @param maxFailuresPerAddress failures within the window that lock one client address
     * @param window how long failures are counted together
     * @param lockFor how long a locked account or address waits
     */
    record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockFor) {}
}
