package org.fazhi.organization;

import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;

import org.fazhi.organization.OrganizationService.CreateOrg;
import org.fazhi.organization.UserService.CreateUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation without demo data has nobody to sign in. On the first start with no account at all, this
 * creates the root organization and the three administrators with one-time passwords written to the log; each must
 * choose his own password at first sign-in.
 */
@Component
@Order(100)
class InitialAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserService users;

	private final OrganizationService orgs;

	private final TransactionTemplate tx;

	private final String rootName;

	private final SecureRandom random = new SecureRandom();

	InitialAccounts(UserService users, OrganizationService orgs, TransactionTemplate tx,
			@Value("${fazhi.bootstrap.org-name:本单位}") String rootName) {
		this.users = users;
		this.orgs = orgs;
		this.tx = tx;
		this.rootName = rootName;
	}

	@Override
	public void run(ApplicationArguments args) {
		tx.executeWithoutResult(status -> {
			if (users.count() > 0) {
				return;
			}
			UUID root = orgs.findByCode("root")
				.map(OrgView::id)
				.orElseGet(() -> orgs.create(new CreateOrg(null, "root", rootName, null, OrgKind.DEPARTMENT, 0)));
			create(root, "sysadmin", "系统管理员", Roles.SYSTEM_ADMIN);
			create(root, "secadmin", "安全管理员", Roles.SECURITY_ADMIN);
			create(root, "auditor", "审计管理员", Roles.AUDIT_ADMIN);
		});
	}

	private void create(UUID org, String username, String name, String role) {
		String password = oneTimePassword();
		UUID id = users.create(new CreateUser(username, name, org, null, null, password));
		users.assignRoles(id, Set.of(role));
		log.warn("已创建初始账户 {}（{}），一次性密码：{} —— 首次登录后必须修改", username, name, password);
	}

	private String oneTimePassword() {
		StringBuilder text = new StringBuilder("Fz#");
		for (int i = 0; i < 12; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.append('7').toString();
	}
}
