package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The unit's enforcement settings.
 * @param audioVideoActs the acts recorded on audio-video (国办发〔2018〕118号 as in §3.2 of the regulations: 现场检查,
 *     调查取证, 抽样取证, 证据保全, 查封扣押, 强制执行, 听证, 留置送达)
 * @param majorFineLegalPerson a fine on a legal person or other organization at or above which the decision is major
 *     (the unit's 重大执法决定法制审核目录清单; 第五十八条第一款第（四）项)
 * @param majorFineNaturalPerson the same for a natural person
 */
@ConfigurationProperties("fazhi.enforcement")
public record EnforcementProperties(
		@DefaultValue({ "ON_SITE_INSPECTION", "EVIDENCE_COLLECTION", "SAMPLING", "EVIDENCE_PRESERVATION", "SEIZURE",
				"FORCED_EXECUTION", "HEARING", "SERVICE_LEFT_AT_ADDRESS" }) Set<RecordedAct> audioVideoActs,
		@DefaultValue("100000") BigDecimal majorFineLegalPerson,
		@DefaultValue("10000") BigDecimal majorFineNaturalPerson) {
}
