package org.fazhi.platform;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that belongs to the state a transaction leaves behind, not to the moment inside it: a notice that an item is
 * waiting or overdue is sent once the change committed, in a transaction of its own, and only if it is still true then
 * (the action checks). A record entered after the fact and completed in the same transaction raises no notice.
 */
@Component
public class AfterCommit {

	private final TransactionTemplate requiresNew;

	AfterCommit(PlatformTransactionManager transactions) {
		this.requiresNew = new TransactionTemplate(transactions);
		this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs the action after the current transaction commits (at once when there is none); never if it rolls back. */
	public void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			requiresNew.executeWithoutResult(status -> action.run());
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				requiresNew.executeWithoutResult(status -> action.run());
			}
		});
	}
}
