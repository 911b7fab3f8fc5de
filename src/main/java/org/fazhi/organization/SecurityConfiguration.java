package org.fazhi.organization;

import org.fazhi.platform.web.ApiPaths;
import org.fazhi.platform.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form sign-in with CSRF protection, a strict content security policy (no inline script), frame denial, no-sniff and
 * a referrer policy. Pages redirect to the sign-in page; the JSON API answers 401/403 problem details in Chinese.
 * Each controller states the permission it needs with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginAttempts attempts) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks(user -> {
			attempts.check(user);
			if (!user.isEnabled()) {
				throw new org.springframework.security.authentication.DisabledException("disabled");
			}
		});
		return new ProviderManager(provider);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			LoginHandlers handlers, Problems problems) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/gk/**", "/api/v1/calendar/**", "/api/v1/public/**", "/actuator/health", "/actuator/info")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/consultations/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(handlers.success())
				.failureHandler(handlers.failure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> {
					if (ApiPaths.isApi(request)) {
						problems.write(response, HttpStatus.UNAUTHORIZED, "error.unauthenticated", request);
					}
					else {
						response.sendRedirect(request.getContextPath() + "/login");
					}
				})
				.accessDeniedHandler(accessDenied(problems)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterAfter(new MustChangePasswordFilter(problems), AuthorizationFilter.class);
		return http.build();
	}

	private static AccessDeniedHandler accessDenied(Problems problems) {
		return (request, response, e) -> {
			String code = e instanceof CsrfException ? "error.csrf" : "error.forbidden";
			if (ApiPaths.isApi(request)) {
				problems.write(response, HttpStatus.FORBIDDEN, code, request);
				return;
			}
			request.setAttribute("errorDetail", problems.text(code));
			response.sendError(403);
		};
	}
}
