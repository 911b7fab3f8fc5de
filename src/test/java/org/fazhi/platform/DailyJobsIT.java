package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TriggerTask;
import org.springframework.scheduling.support.CronTrigger;

/** Every daily job is scheduled at its night-time cron and ran once at start under its lock. */
class DailyJobsIT extends IntegrationTest {

	@Autowired
	List<ScheduledTaskHolder> holders;

	@Test
	void eachDailyJobIsScheduledAndRanAtStartUnderItsLock() {
		List<String> crons = holders.stream()
			.flatMap(h -> h.getScheduledTasks().stream())
			.map(t -> t.getTask())
			.filter(t -> t instanceof TriggerTask tt && tt.getTrigger() instanceof CronTrigger)
			.map(t -> ((CronTrigger) ((TriggerTask) t).getTrigger()).getExpression())
			.toList();
		assertThat(crons).contains("0 5 0 * * *", "0 1 0 * * *", "0 2 0 * * *");
		assertThat(jdbc.sql("select name from shedlock").query(String.class).list()).contains("deadline-sweep",
				"normative-lifecycle", "consultation-close");
	}
}
