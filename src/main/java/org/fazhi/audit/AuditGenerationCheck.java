package org.fazhi.audit;

import java.util.List;

import org.fazhi.platform.DataGenerator;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Generation;
import org.springframework.stereotype.Component;

/** After a generation run: every audit chain verifies, the generated entries among them. Writes nothing itself. */
@Component
class AuditGenerationCheck implements DataGenerator {

	private final AuditIntegrity integrity;

	AuditGenerationCheck(AuditIntegrity integrity) {
		this.integrity = integrity;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	@Override
	public long generate(Generation run, Generation.Unit unit) {
		return 0;
	}

	@Override
	public List<String> check(Generation run) {
		ChainVerification v = integrity.verify(DataScope.everything());
		return v.valid() ? List.of()
				: v.chains()
					.stream()
					.filter(c -> !c.valid())
					.map(c -> "审计链「" + c.org() + "」自第 " + c.firstBrokenSeq() + " 条起校验不通过")
					.toList();
	}
}
