package ma.hadana.admin.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. Every rule is checked on the server by URL and method; the menu only hides
 * what a role cannot open. Form login, CSRF on every form, a new session id at sign-in.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

  private static final String ADMIN = Role.ADMIN.name();
  private static final String EDITOR = Role.EDITOR.name();
  private static final String SOCIAL_WORKER = Role.SOCIAL_WORKER.name();

  @Bean
  SecurityFilterChain console(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                "/actuator/health/**", "/error").permitAll()
            .requestMatchers("/listings/new", "/listings/*/edit", "/listings/*/deactivate")
                .hasAnyRole(ADMIN, EDITOR)
            .requestMatchers(HttpMethod.GET, "/", "/listings", "/listings/{id}")
                .hasAnyRole(ADMIN, EDITOR, SOCIAL_WORKER)
            .requestMatchers("/try", "/try/**").hasAnyRole(ADMIN, EDITOR, SOCIAL_WORKER)
            .requestMatchers("/referrals", "/referrals/**").hasAnyRole(ADMIN, SOCIAL_WORKER)
            .requestMatchers("/inbox", "/inbox/**").hasAnyRole(ADMIN, SOCIAL_WORKER)
            .requestMatchers("/listings/**", "/exports/**", "/dashboard", "/dashboard/**")
                .hasAnyRole(ADMIN, EDITOR)
            .requestMatchers("/imports/**").hasRole(ADMIN)
            .anyRequest().hasRole(ADMIN))
        .formLogin(form -> form
            .loginPage("/login")
            .usernameParameter("username")
            .passwordParameter("password")
            .defaultSuccessUrl("/listings", true)
            .failureHandler((request, response, e) -> response.sendRedirect(
                request.getContextPath()
                    + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data: https:; style-src 'self';"
                + " script-src 'self'; frame-ancestors 'none'")));
    return http.build();
  }
}
