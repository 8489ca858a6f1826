package app.handshake.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account a sign-in form or HTTP Basic names by email. */
@Component
class SignInAccounts implements UserDetailsService {

    private final Users users;

    SignInAccounts(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        UserView user = users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new SignedInUser(user, users.passwordHashOf(user.id()).orElseThrow());
    }
}
