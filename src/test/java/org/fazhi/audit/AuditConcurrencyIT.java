package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.fazhi.organization.DemoOrgCodes;
import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.platform.DataScope;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An audit entry does not hold its organization's chain for the rest of the transaction: a second writer of the same
 * organization commits while the first is still at its business work, and the chain stays whole, in commit order.
 */
class AuditConcurrencyIT extends IntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	OrganizationService orgs;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSecondWriterOfTheSameOrganizationIsNotQueuedBehindTheFirstsBusinessWork() throws Exception {
		UUID org = orgs.create(new CreateOrg(orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id(),
				"conc-" + UUID.randomUUID().toString().substring(0, 8), "并发审计测试" + UUID.randomUUID(), null,
				OrgKind.DIVISION, 99));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		CountDownLatch appended = new CountDownLatch(1);
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
			audit.append(AuditRecord.of(org, "TEST_RECORDED", "test", "slow").by(AuditActor.SYSTEM));
			appended.countDown();
			sleep(2_000); // the rest of a long business transaction
		}));
		assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		tx.executeWithoutResult(s -> audit.append(AuditRecord.of(org, "TEST_RECORDED", "test", "fast").by(AuditActor.SYSTEM)));
		long waitedMs = (System.nanoTime() - start) / 1_000_000;
		assertThat(slow).isNotDone();
		assertThat(waitedMs).as("the second writer did not wait for the first to commit").isLessThan(1_500);
		slow.get(10, TimeUnit.SECONDS);
		var entries = audit.history("test", "fast").stream().filter(e -> e.orgId().equals(org)).toList();
		var slowEntry = audit.history("test", "slow").stream().filter(e -> e.orgId().equals(org)).toList();
		assertThat(entries).hasSize(1);
		assertThat(slowEntry).hasSize(1);
		assertThat(entries.get(0).seq()).as("the first to commit is the first in the chain")
			.isEqualTo(slowEntry.get(0).seq() - 1);
		assertThat(integrity.verify(DataScope.everything())
			.chains()
			.stream()
			.filter(c -> c.orgId().equals(org))
			.allMatch(ChainVerification.Chain::valid)).isTrue();
	}

	@Test
	void aRolledBackTransactionLeavesNoEntryAndNoGap() {
		UUID org = orgs.create(new CreateOrg(orgs.findByCode(DemoOrgCodes.DEPARTMENT).orElseThrow().id(),
				"rb-" + UUID.randomUUID().toString().substring(0, 8), "回滚审计测试" + UUID.randomUUID(), null,
				OrgKind.DIVISION, 99));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		long last = jdbc.sql("select last_seq from audit_chain where org_id = :org").param("org", org).query(Long.class)
			.single();
		try {
			tx.executeWithoutResult(s -> {
				audit.append(AuditRecord.of(org, "TEST_RECORDED", "test", "rolled-back").by(AuditActor.SYSTEM));
				throw new IllegalStateException("业务失败");
			});
		}
		catch (IllegalStateException expected) {
			// the business step failed
		}
		assertThat(audit.history("test", "rolled-back").stream().filter(e -> e.orgId().equals(org))).isEmpty();
		audit.append(AuditRecord.of(org, "TEST_RECORDED", "test", "after").by(AuditActor.SYSTEM));
		assertThat(audit.history("test", "after").stream().filter(e -> e.orgId().equals(org)).findFirst().orElseThrow()
			.seq()).as("no number was taken by the rolled-back entry").isEqualTo(last + 1);
		assertThat(integrity.verify(DataScope.everything())
			.chains()
			.stream()
			.filter(c -> c.orgId().equals(org))
			.allMatch(ChainVerification.Chain::valid)).isTrue();
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
