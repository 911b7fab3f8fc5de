package org.fazhi.normative;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the normative procedure for the jurisdiction.
 * @param defaultValidityYears 有效期 when none is given (5 years, 《内蒙古自治区规范性文件制定和备案监督办法》)
 * @param provisionalValidityYears 有效期 of 暂行/试行 documents (2 years)
 * @param filingAuthority the code of the organization that receives filings (备案审查机关, e.g. the 司法厅)
 */
@ConfigurationProperties("fazhi.normative")
public record NormativeProperties(@DefaultValue("5") int defaultValidityYears,
		@DefaultValue("2") int provisionalValidityYears, String filingAuthority) {
}
