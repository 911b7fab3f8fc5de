package org.fazhi.platform;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs an action as a given account (its permissions, scope and name in the audit trail): for demonstration data,
 * recorded as the people of the scenario would have recorded it.
 */
@Component
public class RunAs {

	private final UserDetailsService users;

	RunAs(UserDetailsService users) {
		this.users = users;
	}

	public void as(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

	public <T> T as(String username, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
