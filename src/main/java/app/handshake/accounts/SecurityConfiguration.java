package app.handshake.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three doors: {@code /api/tokens} (HTTP Basic with a password, a session, or a token), the rest of
 * {@code /api/**} (a token or a session), and the pages (form sign-in with a session kept in the
 * database). Every door sends the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ProviderManager authenticationManager(SignInAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AccountsProperties properties, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledSignIn(passwords, throttle, properties, clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, ApiTokens tokens, Users users, ProblemResponses problems,
            ProviderManager signIn) throws Exception {
        apiDoor(http.securityMatcher("/api/tokens", "/api/tokens/**"), tokens, users, problems)
                .authenticationManager(signIn)
                .addFilterAfter(new PasswordInHeader(signIn, problems), ApiTokenFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Users users, ProblemResponses problems)
            throws Exception {
        apiDoor(http.securityMatcher("/api/**"), tokens, users, problems);
        return http.build();
    }

    private HttpSecurity apiDoor(HttpSecurity http, ApiTokens tokens, Users users, ProblemResponses problems)
            throws Exception {
        return headers(http)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterAfter(new FreshSignIn(users), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiTokenFilter(tokens, problems), FreshSignIn.class)
                // CSRF guards what a browser sends by itself, the session cookie: a request without one, or one
                // that signed in with a token or password in its own header, cannot be a forged form.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> HeaderSignIn.happened(request)
                        || !hasSessionCookie(request)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable());
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Users users, ProviderManager signIn) throws Exception {
        headers(http)
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/error/**",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/users", "/users/**", "/audit", "/audit/**", "/jobs", "/jobs/**")
                                .hasRole(Role.admin.name())
                        .anyRequest().authenticated())
                .addFilterAfter(new FreshSignIn(users), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("SESSION"));
        return http.build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).map(Cookie::getName).anyMatch("SESSION"::equals);
    }
}
