package org.fazhi.organization;

import org.fazhi.audit.AuditActor;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.platform.PlatformProperties;
import org.fazhi.platform.web.ApiPaths;
import org.fazhi.platform.web.SecurityEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
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
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form sign-in with CSRF protection (token in a cookie and the form or a header, never the URL), a strict content
 * security policy (no inline script), frame denial, no-sniff, a referrer policy, a permissions policy, same-origin
 * opener and resource policies, and HSTS with Secure cookies when the platform is reached over TLS. Pages redirect to the sign-in page; the JSON API answers 401/403 problem details in Chinese.
 * Each controller states the permission it needs with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), interest-cohort=()";

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
		// A locked name is refused before this (LoginHandlers.beforehand). What is checked only once the password is
		// right tells nothing to someone guessing: that the account is disabled, or that parallel wrong attempts
		// locked it while this one's password was being checked.
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			attempts.lockedUntil(user.getUsername()).ifPresent(until -> {
				throw new AccountLockedException(until);
			});
			if (!user.isEnabled()) {
				throw new org.springframework.security.authentication.DisabledException("disabled");
			}
		});
		return new ProviderManager(provider);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			LoginHandlers handlers, Problems problems, AuditLog audit, ApplicationEventPublisher events,
			PlatformProperties platform) throws Exception {
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
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
						audit.append(AuditRecord.of(user.orgId(), "LOGOUT", "user", user.id())
							.summary(user.getUsername())
							.by(AuditActor.of(user)));
					}
				})
				.logoutSuccessUrl("/login?logout"))
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
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens(platform.tls()))
				.csrfTokenRequestHandler(new FormOrHeaderCsrfToken()))
			.headers(headers -> {
				headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
					.frameOptions(frame -> frame.deny())
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
					.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
					.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
					.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin"));
				if (platform.tls()) {
					headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(365L * 24 * 3600)
						.includeSubDomains(true)
						.requestMatcher(request -> true));
				}
				else {
					headers.httpStrictTransportSecurity(hsts -> hsts.disable());
				}
			})
			.addFilterAfter(new MustChangePasswordFilter(problems), AuthorizationFilter.class)
			.addFilterAfter(new SecurityEvents(events), SecurityContextHolderFilter.class)
			.addFilterBefore(handlers.beforehand(), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the platform is reached over TLS
	 * ({@code fazhi.tls=true}, also behind a proxy that ends TLS).
	 */
	@Bean
	CookieSerializer cookieSerializer(PlatformProperties platform) {
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName("SESSION");
		cookies.setUseHttpOnlyCookie(true);
		cookies.setSameSite("Lax");
		cookies.setUseSecureCookie(platform.tls());
		return cookies;
	}

	/**
	 * The CSRF token in a cookie of its own rather than the session, so that a visitor reading the portal — whose
	 * comment form carries a token — gets no session: only signing in creates one.
	 */
	private static CookieCsrfTokenRepository csrfTokens(boolean tls) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(tls));
		return tokens;
	}

	/**
	 * The CSRF token is read from the request header or the form body, never from the query string: a token in a URL
	 * leaks through logs, history and the Referer header.
	 */
	static final class FormOrHeaderCsrfToken implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
				java.util.function.Supplier<CsrfToken> token) {
			masked.handle(request, response, token);
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
			String header = request.getHeader(token.getHeaderName());
			if (header != null) {
				return masked.resolveCsrfTokenValue(request, token);
			}
			String query = request.getQueryString();
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException unreadable) {
				// the server stopped reading the form (a file over the size limit): its token was never read
				request.setAttribute(UPLOAD_TOO_LARGE, Boolean.TRUE);
				return null;
			}
			if (query != null && UriComponentsBuilder.newInstance()
				.query(query)
				.build()
				.getQueryParams()
				.containsKey(token.getParameterName())) {
				return null;
			}
			return masked.resolveCsrfTokenValue(request, token);
		}
	}

	static final String UPLOAD_TOO_LARGE = "fazhi.upload.too-large";

	private static boolean uploadTooLarge(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(UPLOAD_TOO_LARGE));
	}

	private static AccessDeniedHandler accessDenied(Problems problems) {
		return (request, response, e) -> {
			if (e instanceof CsrfException && uploadTooLarge(request)) {
				// the server stopped reading the form at the size limit, so its token was never read
				request.setAttribute("errorDetail", problems.text("error.upload-too-large"));
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
				return;
			}
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
