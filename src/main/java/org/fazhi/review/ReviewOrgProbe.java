package org.fazhi.review;

import org.fazhi.platform.OrgTablesProbe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization that requested legality or fair-competition reviews is never deleted. */
@Component
class ReviewOrgProbe extends OrgTablesProbe {

	ReviewOrgProbe(JdbcClient jdbc) {
		super(jdbc, "entity.review_request", "review_request", "review_fair_competition");
	}
}
