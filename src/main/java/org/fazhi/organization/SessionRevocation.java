package org.fazhi.organization;

import org.fazhi.platform.AfterCommit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's live sessions at once, on every node (the sessions live in the database, indexed by the user
 * name): after the account is disabled, its roles change, its password is reset, or a role it holds changes. Done
 * after the change commits, so a refused change ends nothing.
 */
@Component
class SessionRevocation {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final AfterCommit afterCommit;

	SessionRevocation(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			AfterCommit afterCommit) {
		this.sessions = sessions;
		this.afterCommit = afterCommit;
	}

	void endSessionsOf(String username) {
		afterCommit.run(() -> sessions.ifAvailable(
				repository -> repository.findByPrincipalName(username).keySet().forEach(repository::deleteById)));
	}
}
