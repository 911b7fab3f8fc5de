package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DataScopeTests {

	private final UUID division = UUID.randomUUID();

	private final UUID other = UUID.randomUUID();

	private final UUID me = UUID.randomUUID();

	@Test
	void scopeOverEverythingIncludesAnyRecord() {
		assertThat(DataScope.everything().includes(other, null)).isTrue();
		assertThat(DataScope.everything().where("t.org_id", "t.owner").sql()).isEqualTo("1=1");
	}

	@Test
	void divisionScopeIncludesOnlyItsOrganizations() {
		DataScope scope = DataScope.orgs(Set.of(division));
		assertThat(scope.includes(division, null)).isTrue();
		assertThat(scope.includes(other, null)).isFalse();
		assertThat(scope.where("t.org_id", null).sql()).isEqualTo("t.org_id = any(:scope_orgs)");
		assertThat(scope.where("t.org_id", null).params().get("scope_orgs")).isEqualTo(UuidArray.of(Set.of(division)));
	}

	@Test
	void selfScopeIncludesOnlyTheUsersOwnRecords() {
		DataScope scope = new DataScope(false, Set.of(), me);
		assertThat(scope.includes(other, me)).isTrue();
		assertThat(scope.includes(other, UUID.randomUUID())).isFalse();
		assertThat(scope.where("t.org_id", "t.owner").sql()).isEqualTo("t.owner = :scope_user");
	}

	@Test
	void emptyScopeMatchesNothing() {
		assertThat(DataScope.nothing().where("t.org_id", "t.owner").sql()).isEqualTo("1=0");
		assertThat(DataScope.nothing().includes(other, me)).isFalse();
	}
}
